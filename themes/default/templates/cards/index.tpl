{{%AUTOESCAPE context="HTML"}}<section class="sheet listing">
<table class="sheet-table">
<tbody><tr><td class="sheet-body">
<h1>Pakalpojumu pārvaldības uzdevumu kartītes</h1>
<p class="lead">Drukājamas kartītes apmācībām (A4 ainava). Katra kartīte ir atsevišķa datne; visas kopā –
<a href="visi-uzdevumi.html">visi-uzdevumi.html</a>{{#HAS_PDF}} (<a href="visi-uzdevumi.pdf">PDF</a>){{/HAS_PDF}}.</p>
<h2>Apmācību materiāli</h2>
<ul class="handouts">
<li>P1.1 – lomas, mērogi un līmeņi: <a href="lomas.html">lomas.html</a>{{#HAS_PDF}} (<a href="lomas.pdf">PDF</a>){{/HAS_PDF}}</li>
<li>P4.4 – pakalpojumu izveides, sniegšanas un pilnveides nosacījumi: <a href="nosacijumi.html">nosacijumi.html</a>{{#HAS_PDF}} (<a href="nosacijumi.pdf">PDF</a>){{/HAS_PDF}}</li>
<li>P4.6 – spējas un resursi: <a href="spejas-un-resursi.html">spejas-un-resursi.html</a>{{#HAS_PDF}} (<a href="spejas-un-resursi.pdf">PDF</a>){{/HAS_PDF}}</li>
</ul>
{{#GROUP}}<h2>{{HEADING}}</h2>
<table class="card-list">
<thead><tr><th>Kods</th><th>Uzdevums</th>{{#REVIEW}}<th>Aprakstītās sadaļas</th>{{/REVIEW}}</tr></thead>
<tbody>
{{#CARD}}<tr><td class="code"><a href="{{HREF}}">{{CODE}}</a></td><td><a href="{{HREF}}">{{NAME}}</a>{{#HAS_PDF}} (<a href="{{PDF}}">PDF</a>){{/HAS_PDF}}</td>{{#REVIEW}}<td>{{WRITTEN}} no 8</td>{{/REVIEW}}</tr>
{{/CARD}}</tbody>
</table>
{{/GROUP}}</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
