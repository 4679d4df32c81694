{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#REVIEW}}<meta name="robots" content="noindex">
{{/REVIEW}}{{!Only its own script, stylesheet and pictures; the previews inherit the policy.}}<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<title>Lapu saturs publicēšanai – {{SITE_TITLE}}</title>
<link rel="stylesheet" href="publish.css">
<script defer src="publish.js"></script>
</head>
<body>
{{#REVIEW}}<p class="review-mark">{{WATERMARK}}</p>
{{/REVIEW}}<header>
<h1>Lapu saturs publicēšanai varam.gov.lv</h1>
<p>Katras tiešsaistes lapas saturs, veidots no tā paša satura kā vietne „{{SITE_TITLE}}”: tikai vienkārši HTML elementi,
bez noformējuma, visas saites – pilnas adreses tiešsaistē ({{BASE_URL}}). {{PAGE_COUNT}}.</p>
<ol class="steps">
<li>Atveriet lapu platformas redaktorā (tās adrese ir pie katras lapas).</li>
<li>Nospiediet „Kopēt” un ielīmējiet saturu redaktorā: vizuālajā skatā ielīmējas noformēts teksts, HTML koda skatā – HTML kods.</li>
<li>Attēlus (PNG vai SVG) augšupielādējiet platformā un attēla adresi nomainiet uz augšupielādētā faila adresi.</li>
<li>Virsrakstu id (enkuri, piemēram, #5-loma-pakalpojuma-saimnieks) jāsaglabā: uz tiem ved saites no citām lapām.</li>
</ol>
{{#NO_PNG}}<p class="warning">PNG attēli nav izveidoti: nav atrasts rsvg-convert (Debian pakotne librsvg2-bin). Attēli ir tikai SVG formātā.</p>{{/NO_PNG}}
<nav aria-label="Lapas">
<h2>Lapas</h2>
<ol>
{{#PAGE}}<li><a href="#{{ANCHOR}}">{{TITLE}}</a>{{#HAS_NOTES}} – <span class="flag">jāpārskata</span>{{/HAS_NOTES}}</li>
{{/PAGE}}</ol>
</nav>
</header>
<main>
{{#PAGE}}<article class="page" id="{{ANCHOR}}">
<h2>{{TITLE}}</h2>
<dl>
<dt>Adrese tiešsaistē</dt><dd><a href="{{URL}}">{{URL}}</a></dd>
<dt>Saturs</dt><dd><a href="{{FILE}}">{{FILE}}</a></dd>
{{#HAS_PICTURES}}<dt>Attēli</dt><dd>{{#PICTURE}}<a href="{{HREF}}">{{NAME}}</a> {{/PICTURE}}</dd>{{/HAS_PICTURES}}
</dl>
{{#NOTE}}<p class="note">{{TEXT}}</p>
{{/NOTE}}<p class="actions"><button type="button" class="copy" data-source="{{ANCHOR}}-html">Kopēt</button>
<span class="status" role="status" aria-live="polite"></span></p>
<details>
<summary>HTML kods</summary>
<textarea id="{{ANCHOR}}-html" readonly rows="12" aria-label="HTML kods: {{TITLE}}">{{FRAGMENT:pre_escape}}</textarea>
</details>
<p class="preview-label">Priekšskatījums bez noformējuma (tā, kā saturs izskatās pirms platformas stila):</p>
<iframe class="preview" title="Priekšskatījums: {{TITLE}}" sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox" srcdoc="{{PREVIEW}}"></iframe>
</article>
{{/PAGE}}</main>
</body>
</html>
