{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
{{!The report runs nothing: only its two stylesheets, next to it.}}<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Izmaiņas politikā – {{SITE_TITLE}}</title>
<link rel="stylesheet" href="style.css">
<link rel="stylesheet" href="izmainas.css">
</head>
<body>
<header class="site-header"><span class="site-title">{{SITE_TITLE}}</span></header>
<main id="saturs">
<p class="kind">Izmaiņu pārskats</p>
<h1>Kas mainījies politikā</h1>
<dl class="fields">
<dt>Iepriekšējā versija</dt><dd><code>{{OLD_ROOT}}</code></dd>
<dt>Jaunā versija</dt><dd><code>{{NEW_ROOT}}</code></dd>
<dt>Izmaiņas</dt><dd>{{TOTAL}}</dd>
</dl>
{{#NO_CHANGES}}<p class="no-changes">Izmaiņu nav: abās versijās ir viens un tas pats saturs.</p>
{{/NO_CHANGES}}{{#HAS_CHANGES}}<section id="tiessaistes-lapas">
<h2>Tiešsaistes lapas, kuru saturs mainījies</h2>
{{#NO_LIVE_PAGES}}<p>Neviena tiešsaistes lapa nav jāatjaunina: izmaiņas ir tikai vietnē, darbgrāmatās un kartītēs.</p>
{{/NO_LIVE_PAGES}}{{#HAS_LIVE_PAGES}}<p>Šīs lapas vietnē varam.gov.lv jāatjaunina:</p>
<ul class="live-pages">
{{#LIVE_PAGE}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="url">{{URL}}</span></li>
{{/LIVE_PAGE}}</ul>
{{/HAS_LIVE_PAGES}}</section>
<section id="kopsavilkums">
<h2>Kopsavilkums</h2>
<table class="change-counts">
<thead><tr><th scope="col">Veids</th><th scope="col">Pievienoti</th><th scope="col">Izņemti</th><th scope="col">Ar jaunu kodu</th><th scope="col">Pārdēvēti</th><th scope="col">Mainīti</th></tr></thead>
<tbody>
{{#COUNT}}<tr><th scope="row"><a href="#{{ANCHOR}}">{{PLURAL}}</a></th><td>{{ADDED}}</td><td>{{REMOVED}}</td><td>{{RECODED}}</td><td>{{RENAMED}}</td><td>{{CHANGED}}</td></tr>
{{/COUNT}}</tbody>
</table>
<p class="legend"><del>izņemtais</del> · <ins>pievienotais</ins> · … – nemainītais teksts izlaists</p>
</section>
{{/HAS_CHANGES}}{{#KIND}}<section id="{{ANCHOR}}">
<h2>{{PLURAL}} ({{COUNT}})</h2>
{{#CHANGE}}<article class="change {{TYPE}}">
<h3><span class="verb">{{VERB}}</span> <span class="code">{{CODE}}</span> {{NAME}}</h3>
{{#RECODED}}<p class="recoded">Kods: <del>{{OLD_CODE}}</del> → <ins>{{CODE}}</ins></p>
{{/RECODED}}{{#HAS_FIELDS}}<dl class="fields changes">
{{#FIELD}}<dt>{{LABEL}}</dt><dd class="{{TYPE}}">{{#SCALAR}}{{#OLD}}<del>{{VALUE}}</del>{{/OLD}}{{#OLD_NONE}}<span class="none">nav</span>{{/OLD_NONE}}{{#ARROW}} → {{/ARROW}}{{#NEW}}<ins>{{VALUE}}</ins>{{/NEW}}{{#NEW_NONE}}<span class="none">nav</span>{{/NEW_NONE}}{{/SCALAR}}{{#TEXT}}<div class="words">{{#PIECE}}{{#SAME}}{{VALUE:pre_escape}}{{/SAME}}{{#DEL}}<del>{{VALUE:pre_escape}}</del>{{/DEL}}{{#INS}}<ins>{{VALUE:pre_escape}}</ins>{{/INS}}{{/PIECE}}</div>{{/TEXT}}{{#LIST}}<ul>
{{#ITEM}}<li>{{#SAME}}{{VALUE}}{{/SAME}}{{#DEL}}<del>{{VALUE}}</del>{{/DEL}}{{#INS}}<ins>{{VALUE}}</ins>{{/INS}}</li>
{{/ITEM}}</ul>{{/LIST}}</dd>
{{/FIELD}}</dl>
{{/HAS_FIELDS}}{{#HAS_PAGES}}<p class="pages">Tiešsaistes lapa: {{#PAGE}}{{TITLE}}{{#PAGE_separator}}; {{/PAGE_separator}}{{/PAGE}}</p>
{{/HAS_PAGES}}</article>
{{/CHANGE}}</section>
{{/KIND}}</main>
</body>
</html>
