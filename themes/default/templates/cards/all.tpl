{{%AUTOESCAPE context="HTML"}}<section class="sheet listing" id="visi-saturs">
<table class="sheet-table">
<tbody><tr><td class="sheet-body">
<h1>Pakalpojumu pārvaldības uzdevumu kartītes</h1>
{{#GROUP}}<h2>{{HEADING}}</h2>
<ol class="all-contents">
{{#CARD}}<li><span class="code">{{CODE}}</span> <a href="#{{CONTENTS_ID}}">{{NAME}}</a></li>
{{/CARD}}</ol>
{{/GROUP}}</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{CARDS:none}}
