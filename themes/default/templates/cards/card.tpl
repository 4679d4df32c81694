{{%AUTOESCAPE context="HTML"}}<article class="card" id="{{CODE}}">
<section class="sheet cover" id="{{CONTENTS_ID}}">
<table class="sheet-table">
<tbody><tr><td class="sheet-body">
  <p class="level-heading">{{LEVEL_HEADING}}</p>
  <p class="practice">{{PRACTICE}}</p>
  <div class="cover-title">
    <p class="cover-code"><a href="{{SITE_HREF}}">{{CODE}}</a></p>
    <h1>{{NAME}}</h1>
  </div>
  <nav class="contents" aria-label="Kartītes saturs">
  <ol>
{{#TOC}}    <li class="toc-{{STATE}}"><a href="#{{ID}}">{{TITLE}}</a>{{#GAP}} <span class="toc-gap">(vēl nav aprakstīta)</span>{{/GAP}}</li>
{{/TOC}}  </ol>
  </nav>
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{#SECTION}}<section class="sheet section-{{STATE}}" id="{{ID}}">
<table class="sheet-table">
<thead><tr><td>
  <div class="sheet-head">
    <h2><span class="sheet-code">{{CODE}}</span> {{TITLE}}</h2>
    <a class="back" href="#{{CONTENTS_ID}}">uz saturu</a>
  </div>
</td></tr></thead>
<tbody><tr><td class="sheet-body">
{{CONTENT:none}}
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{/SECTION}}</article>
