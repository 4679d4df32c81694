{{%AUTOESCAPE context="HTML"}}<p class="kind">{{KIND}}</p>
<h1>{{#HAS_CODE}}<span class="code">{{CODE}}</span> {{/HAS_CODE}}{{TITLE}}</h1>
{{#HAS_LEAD}}<div class="lead">{{LEAD:none}}</div>
{{/HAS_LEAD}}{{#FIELDS}}<dl class="fields">
{{#FIELD}}<dt>{{LABEL}}</dt><dd>{{VALUE:none}}</dd>
{{/FIELD}}</dl>{{/FIELDS}}
{{#HAS_TOC}}<nav class="toc" aria-label="Lapas saturs"><h2>Saturs</h2><ol>
{{#TOC}}<li><a href="{{HREF}}">{{LABEL}}</a></li>
{{/TOC}}</ol></nav>{{/HAS_TOC}}
{{#SECTION}}<section{{#HAS_ID}} id="{{ID}}"{{/HAS_ID}}>
{{#HAS_HEADING}}<h2>{{HEADING}}</h2>{{/HAS_HEADING}}
{{CONTENT:none}}
</section>
{{/SECTION}}
{{#NEIGHBOURS}}<nav class="neighbours" aria-label="Iepriekšējā un nākamā lapa">
{{#PREVIOUS}}<a class="previous" rel="prev" href="{{HREF}}">← {{LABEL}}</a>{{/PREVIOUS}}
{{#NEXT}}<a class="next" rel="next" href="{{HREF}}">{{LABEL}} →</a>{{/NEXT}}
</nav>{{/NEIGHBOURS}}
