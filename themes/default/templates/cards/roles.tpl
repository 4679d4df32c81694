{{%AUTOESCAPE context="HTML"}}<article class="card roles">
<section class="sheet cover" id="lomas-saturs">
<table class="sheet-table">
<tbody><tr><td class="sheet-body">
  <p class="level-heading">Pakalpojumu pārvaldības mērogi, līmeņi un lomas</p>
  <p class="practice">Apmācības par pakalpojumu pārvaldības mērogiem, līmeņiem un lomām (P1.1.)</p>
  <div class="cover-title"><h1>Lomas un to pienākumi</h1></div>
  <nav class="contents" aria-label="Saturs">
  <ol>
    <li><a href="#lomas-mijiedarbiba">Mērogu, līmeņu un lomu mijiedarbība</a></li>
    <li><a href="#lomas-kopsavilkums">Lomas: kopsavilkums</a></li>
{{#ROLE}}    <li><a href="#{{ID}}">{{NUMBER}}. loma „{{NAME}}”</a></li>
{{/ROLE}}  </ol>
  </nav>
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
<section class="sheet" id="lomas-mijiedarbiba">
<table class="sheet-table">
<thead><tr><td><div class="sheet-head"><h2>Mērogu, līmeņu un lomu mijiedarbība</h2><a class="back" href="#lomas-saturs">uz saturu</a></div></td></tr></thead>
<tbody><tr><td class="sheet-body">
{{AXES:none}}
<h3>Lomas pakalpojumu pārvaldības mērogos un līmeņos</h3>
{{INTERACTION:none}}
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
<section class="sheet" id="lomas-kopsavilkums">
<table class="sheet-table">
<thead><tr><td><div class="sheet-head"><h2>Lomas: kopsavilkums</h2><a class="back" href="#lomas-saturs">uz saturu</a></div></td></tr></thead>
<tbody><tr><td class="sheet-body">
<table class="summary">
<thead><tr><th>Loma</th><th>Iestāde</th><th>Mērogs</th><th>Līmenis</th><th>Fokuss</th></tr></thead>
<tbody>
{{#SUMMARY}}<tr><td><a href="#{{ID}}">{{NUMBER}}. {{NAME}}</a></td><td>{{INSTITUTION:none}}</td><td>{{SCALES}}</td><td>{{LEVELS}}</td><td>{{FOCUS:none}}</td></tr>
{{/SUMMARY}}</tbody>
</table>
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{#ROLE}}<section class="sheet role-sheet" id="{{ID}}">
<table class="sheet-table">
<thead><tr><td><div class="sheet-head"><h2><span class="sheet-code">{{NUMBER}}. loma</span> <a href="{{HREF}}">{{NAME}}</a></h2><a class="back" href="#lomas-saturs">uz saturu</a></div></td></tr></thead>
<tbody><tr><td class="sheet-body">
<div class="columns">
<dl class="role-facts">
  <dt>Iestāde</dt><dd>{{INSTITUTION:none}}</dd>
  <dt>Apraksts</dt><dd>{{DESCRIPTION:none}}</dd>
  <dt>Mērogs</dt><dd>{{SCALES}}</dd>
  <dt>Līmenis</dt><dd>{{LEVELS}}</dd>
  <dt>Fokuss</dt><dd>{{FOCUS:none}}</dd>
  <dt>Pienākumu veicēji</dt><dd>{{CARRIERS:none}}</dd>
</dl>
<div>{{GRID:none}}</div>
</div>
</td></tr></tbody>
<tfoot><tr><td>{{FOOTER:none}}</td></tr></tfoot>
</table>
</section>
{{/ROLE}}</article>
