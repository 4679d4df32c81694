{{%AUTOESCAPE context="HTML"}}<article class="card handout" id="spejas-un-resursi">
<section class="sheet cover" id="spejas-saturs">
<table class="sheet-table">
<tbody><tr><td class="sheet-body">
  <p class="level-heading">{{HEADING}}</p>
{{#TRAINING}}  <p class="practice">Apmācību materiāls: {{CODE}} {{NAME}}</p>
{{/TRAINING}}  <nav class="contents kinds" aria-label="Spējas un resursi">
{{#KIND}}  <div>
  <h2>{{TITLE}}</h2>
  <ol>
{{#ENTRY}}    <li><span class="code">{{CODE}}</span> <a href="#{{ID}}">{{NAME}}</a>{{#INFERRED}} <span class="inferred" title="kods secināts, avotos nav norādīts">(kods secināts)</span>{{/INFERRED}}
{{#ITEMS}}      <ul class="items">
{{#ITEM}}        <li><span class="code">{{CODE}}</span> {{NAME}}</li>
{{/ITEM}}      </ul>
{{/ITEMS}}    </li>
{{/ENTRY}}  </ol>
  </div>
{{/KIND}}  </nav>
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{#SHEET}}<section class="sheet" id="{{ID}}">
<table class="sheet-table">
<thead><tr><td>
  <div class="sheet-head">
    <h2><span class="sheet-code"><a href="{{HREF}}">{{CODE}}</a></span> {{NAME}}</h2>
    <a class="back" href="#spejas-saturs">uz saturu</a>
  </div>
</td></tr></thead>
<tbody><tr><td class="sheet-body">
<dl class="role-facts">
  <dt>Veids</dt><dd>{{KIND}}</dd>
  <dt>Kods</dt><dd><span class="code">{{CODE}}</span>{{#INFERRED}} <span class="inferred">secināts, avotos nav norādīts</span>{{/INFERRED}}</dd>
{{#HAS_LIVE}}  <dt>Tiešsaistē</dt><dd>{{LIVE:none}}</dd>
{{/HAS_LIVE}}
</dl>
{{#HAS_TASKS}}<h3>{{NEED_HEADING}}</h3>
{{TASKS:none}}
{{/HAS_TASKS}}
<div class="flow">
{{#HAS_DESCRIPTION}}<h3>Apraksts</h3>
{{DESCRIPTION:none}}
{{/HAS_DESCRIPTION}}{{#ITEM}}<h3 id="{{ID}}"><span class="code">{{CODE}}</span> {{NAME}}</h3>
{{TEXT:none}}
{{/ITEM}}{{CATALOGUE:none}}
</div>
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{/SHEET}}</article>
