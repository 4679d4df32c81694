// output/publish/index.html: "Kopēt" puts a page's fragment on the clipboard (as HTML for the
// CMS's visual editor and as text for its HTML view); previews grow to their content.
"use strict";

function copyFragment(button) {
  const source = document.getElementById(button.dataset.source);
  const status = button.parentElement.querySelector(".status");
  const html = source.value;
  const done = () => { status.textContent = "Nokopēts"; };
  const failed = () => {
    source.closest("details").open = true;
    source.select();
    status.textContent = document.execCommand("copy") ? "Nokopēts" : "Neizdevās nokopēt: iezīmējiet HTML kodu un nospiediet Ctrl+C";
  };
  status.textContent = "";
  if (navigator.clipboard && window.ClipboardItem) {
    const item = new ClipboardItem({
      "text/html": new Blob([html], { type: "text/html" }),
      "text/plain": new Blob([html], { type: "text/plain" }),
    });
    navigator.clipboard.write([item]).then(done, () => navigator.clipboard.writeText(html).then(done, failed));
  } else {
    failed();
  }
}

// Short pages get a short preview; long ones scroll inside at most 45rem.
function fitPreview(frame) {
  const doc = frame.contentDocument;
  if (!doc || !doc.documentElement) { return; }
  const most = 45 * parseFloat(getComputedStyle(document.documentElement).fontSize);
  frame.style.height = Math.min(doc.documentElement.scrollHeight + 24, most) + "px";
}

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.copy")) {
    button.addEventListener("click", () => copyFragment(button));
  }
  for (const frame of document.querySelectorAll("iframe.preview")) {
    frame.addEventListener("load", () => fitPreview(frame));
    fitPreview(frame);
  }
});
