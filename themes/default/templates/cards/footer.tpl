{{%AUTOESCAPE context="HTML"}}<div class="sheet-foot">
  <p><span class="foot-label">Plašāka informācija:</span> <a href="{{INFO_URL}}">{{INFO_URL}}</a></p>
  <p><span class="foot-label">Atbalsts:</span> <a href="mailto:{{SUPPORT_EMAIL}}">{{SUPPORT_EMAIL}}</a></p>
</div>
