{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="lv">
<head><title>{{DOCUMENT_TITLE}}</title></head>
<body>
{{#TOC}}<nav>{{TITLE}}</nav>{{/TOC_ITEM}}
{{BODY:none}}
</body>
</html>
