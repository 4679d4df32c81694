{{%AUTOESCAPE context="HTML"}}<article class="card handout" id="nosacijumi">
<section class="sheet cover" id="nosacijumi-saturs">
<table class="sheet-table">
<tbody><tr><td class="sheet-body">
  <p class="level-heading">{{HEADING}}</p>
{{#TRAINING}}  <p class="practice">Apmācību materiāls: {{CODE}} {{NAME}}</p>
{{/TRAINING}}  <div class="cover-columns">
  <figure class="wheel">{{WHEEL:none}}</figure>
  <nav class="contents groups" aria-label="Nosacījumu grupas un nosacījumi">
  <ol>
{{#GROUP}}    <li><span class="code">{{CODE}}</span> <strong>{{NAME}}</strong>
      <ol>
{{#CONDITION}}        <li><span class="code">{{CODE}}</span> {{#HAS_SHEET}}<a href="#{{ID}}">{{/HAS_SHEET}}{{NAME}}{{#HAS_SHEET}}</a>{{/HAS_SHEET}}</li>
{{/CONDITION}}      </ol>
    </li>
{{/GROUP}}  </ol>
  </nav>
  </div>
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{#SHEET}}<section class="sheet" id="{{ID}}">
<table class="sheet-table">
<thead><tr><td>
  <div class="sheet-head">
    <h2><span class="sheet-code"><a href="{{HREF}}">{{CODE}}</a></span> {{NAME}}</h2>
    <a class="back" href="#nosacijumi-saturs">uz saturu</a>
  </div>
</td></tr></thead>
<tbody><tr><td class="sheet-body">
<dl class="role-facts">
  <dt>Kods</dt><dd><span class="code">{{CODE}}</span></dd>
  <dt>Nosaukums</dt><dd>{{NAME}}</dd>
  <dt>Nosacījumu grupa</dt><dd>{{GROUP:none}}</dd>
{{#HAS_ITEMS}}  <dt>Ietver</dt><dd>{{ITEMS:none}}</dd>
{{/HAS_ITEMS}}{{#HAS_LIVE}}  <dt>Tiešsaistē</dt><dd>{{LIVE:none}}</dd>
{{/HAS_LIVE}}
</dl>
<div class="columns">
<div>
{{#HAS_DESCRIPTION}}<h3>Apraksts</h3>
{{DESCRIPTION:none}}
{{/HAS_DESCRIPTION}}{{#HAS_GROUP_TEXT}}<h3>Nosacījumu grupa</h3>
{{GROUP_TEXT:none}}
{{/HAS_GROUP_TEXT}}</div>
<div>
{{#HAS_TASKS}}<h3>Uzdevumi, no kuru veikšanas nosacījums ir atkarīgs</h3>
{{TASKS:none}}
{{/HAS_TASKS}}</div>
</div>
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{/SHEET}}</article>
