{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} – {{SITE_TITLE}}</title>
<link rel="stylesheet" href="{{ROOT}}static/style.css">
<script defer src="{{ROOT}}static/search-index.js"></script>
<script defer src="{{ROOT}}static/search.js"></script>
<script defer src="{{ROOT}}static/site.js"></script>
</head>
<body>
<header class="site-header">
  <a class="site-title" href="{{ROOT}}index.html">{{SITE_TITLE}}</a>
  <form role="search" id="search-form" action="{{ROOT}}lv/meklesana/index.html">
    <label for="search-input" class="visually-hidden">Meklēt</label>
    <input id="search-input" name="q" type="search" placeholder="Meklēt, piem., PU2-10 vai pārvaldība">
    <button type="submit">Meklēt</button>
  </form>
</header>
<nav class="breadcrumbs" aria-label="Ceļš">{{#BREADCRUMB}}<a href="{{HREF}}">{{LABEL}}</a> › {{/BREADCRUMB}}<span>{{TITLE}}</span></nav>
<main>
<p class="kind">{{KIND}}</p>
<h1><span class="code">{{CODE}}</span> {{TITLE}}</h1>
{{#FIELDS}}<dl class="fields">
{{#FIELD}}<dt>{{LABEL}}</dt><dd>{{VALUE:none}}</dd>
{{/FIELD}}</dl>{{/FIELDS}}
{{#SECTION}}<section{{#HAS_HEADING}} id="{{ID}}"{{/HAS_HEADING}}>
{{#HAS_HEADING}}<h2>{{HEADING}}</h2>{{/HAS_HEADING}}
{{CONTENT:none}}
</section>
{{/SECTION}}
</main>
<footer class="site-footer">
  <p>Plašāka informācija: <a href="{{INFO_URL}}">{{INFO_URL}}</a> · Atbalsts: <a href="mailto:{{SUPPORT_EMAIL}}">{{SUPPORT_EMAIL}}</a></p>
</footer>
</body>
</html>
