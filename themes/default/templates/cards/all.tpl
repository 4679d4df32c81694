{{%AUTOESCAPE context="HTML"}}<section class="sheet listing" id="visi-saturs">
<h1>Pakalpojumu pārvaldības uzdevumu kartītes</h1>
{{#GROUP}}<h2>{{HEADING}}</h2>
<ol class="all-contents">
{{#CARD}}<li><a href="#{{CONTENTS_ID}}"><span class="code">{{CODE}}</span> {{NAME}}</a></li>
{{/CARD}}</ol>
{{/GROUP}}</section>
{{CARDS:none}}
