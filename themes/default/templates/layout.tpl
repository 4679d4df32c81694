{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
{{!No inline script or style anywhere: everything the page runs or shows is one of the site's own files.}}<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#REVIEW}}<meta name="robots" content="noindex">
{{/REVIEW}}<title>{{DOCUMENT_TITLE}}</title>
<link rel="stylesheet" href="{{ROOT}}static/style.css">
{{!The search page alone searches: elsewhere the header's form takes the query there, so no other page loads the index.}}{{#SEARCH_SCRIPTS}}<script defer src="{{ROOT}}static/search-index.js"></script>
<script defer src="{{ROOT}}static/search.js"></script>
{{/SEARCH_SCRIPTS}}<script defer src="{{ROOT}}static/site.js"></script>
</head>
<body>
<a class="skip" href="#saturs">Pāriet uz saturu</a>
{{#REVIEW}}<p class="review-mark" role="note">{{WATERMARK}}</p>
{{/REVIEW}}<header class="site-header">
  <a class="site-title" href="{{ROOT}}index.html">{{SITE_TITLE}}</a>
{{#SEARCH}}  <form role="search" id="search-form" class="site-search" action="{{ROOT}}lv/meklesana/index.html">
    <label class="visually-hidden" for="search-input">Meklēt vietnē</label>
    <input id="search-input" name="q" type="search" autocomplete="off" placeholder="Kods vai vārds">
    <button type="submit">Meklēt</button>
  </form>
{{/SEARCH}}</header>
<nav class="site-nav" aria-label="Galvenā navigācija">
{{!On a phone the list folds behind the summary, a button that works without script; on a wider screen the stylesheet keeps the list open and the button hidden.}}<details class="site-menu">
<summary>Izvēlne</summary>
<ul>
  <li><a href="{{ROOT}}index.html">Sākums</a></li>
{{#NAV}}  <li><a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
{{/NAV}}{{#POLICY_LINKS}}  <li><a href="{{ROOT}}lv/atbildibas-matrica/index.html">Atbildības matrica</a></li>
  <li><a href="{{ROOT}}lv/darba-plans/index.html">Darba plāns</a></li>
  <li><a href="{{ROOT}}lv/meklesana/index.html">Meklēšana</a></li>
  <li><a href="{{ROOT}}lv/lejupielades/index.html">Lejupielādes</a></li>
{{/POLICY_LINKS}}</ul>
</details>
</nav>
<nav class="breadcrumbs" aria-label="Ceļš">{{#BREADCRUMB}}<a href="{{HREF}}">{{LABEL}}</a> › {{/BREADCRUMB}}<span aria-current="page">{{TITLE}}</span></nav>
<main id="saturs" tabindex="-1">
{{>MAIN}}</main>
{{#FOOTER}}<footer class="site-footer">
  <p>Plašāka informācija: <a href="{{INFO_URL}}">{{INFO_URL}}</a> · Atbalsts: <a href="mailto:{{SUPPORT_EMAIL}}">{{SUPPORT_EMAIL}}</a></p>
</footer>
{{/FOOTER}}</body>
</html>
