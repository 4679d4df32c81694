{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} – {{SITE_TITLE}}</title>
<style>
{{CSS:none}}
</style>
</head>
<body class="cards">
{{BODY:none}}
<div class="page-foot" aria-hidden="true">{{FOOTER:none}}</div>
</body>
</html>
