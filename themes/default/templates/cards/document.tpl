{{%AUTOESCAPE context="HTML"}}{{!The print footer has no links: Chromium repeats a fixed element's links on every page for every page.}}<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
{{!The cards run nothing and load nothing: only the inline stylesheet, allowed by the hash of exactly what stands between <style> and </style>, and the site's pictures a card's text shows.}}<meta http-equiv="Content-Security-Policy" content="default-src 'none';{{#IMAGES}} img-src 'self';{{/IMAGES}} style-src '{{STYLE_HASH}}'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#REVIEW}}<meta name="robots" content="noindex">
{{/REVIEW}}<title>{{TITLE}} – {{SITE_TITLE}}</title>
<style>{{CSS:none}}</style>
</head>
<body class="cards">
{{#REVIEW}}<p class="review-mark">{{WATERMARK}}</p>
{{/REVIEW}}{{BODY:none}}
<div class="page-foot" aria-hidden="true"><div class="sheet-foot">
{{#REVIEW}}  <p class="review-foot">{{WATERMARK}}</p>
{{/REVIEW}}  <p><span class="foot-label">Plašāka informācija:</span> {{INFO_URL}}</p>
  <p><span class="foot-label">Atbalsts:</span> {{SUPPORT_EMAIL}}</p>
</div></div>
</body>
</html>
