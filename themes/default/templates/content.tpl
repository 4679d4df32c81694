{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}}</h1>
{{#DESCRIPTION}}<p class="lead">{{TEXT}}</p>
{{/DESCRIPTION}}{{BODY:none}}
{{#TAGS}}<p class="tags">Birkas: {{#TAG}}<span class="tag">{{NAME}}</span>{{#TAG_separator}}, {{/TAG_separator}}{{/TAG}}</p>
{{/TAGS}}{{#LISTING}}<ul class="listing">
{{#ITEM}}<li><a href="{{HREF}}">{{LABEL}}</a></li>
{{/ITEM}}</ul>
{{/LISTING}}
