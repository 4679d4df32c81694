// The "Every page" part of docs/site-contracts.md, checked in a loaded page: language,
// landmarks, skip link and the header search form that opens the search page.

/** What the page lacks of the contract, one line each; empty when it keeps it all. */
export async function everyPageFindings(page, searchPageUrl) {
  const found = await page.evaluate(() => {
    const one = (selector) => document.querySelectorAll(selector).length === 1;
    const form = document.querySelector('header form#search-form[role="search"]');
    return {
      lang: document.documentElement.lang,
      header: one('body > header'),
      nav: one('nav[aria-label="Galvenā navigācija"]'),
      main: one('main#saturs'),
      footer: one('body > footer'),
      skip: document.querySelector('a.skip[href="#saturs"]') !== null,
      form: form !== null,
      action: form ? form.action.split('?')[0] : null,
      input: form?.querySelector('input#search-input[name="q"][type="search"]') !== null && form !== null,
    };
  });
  const findings = [];
  const need = (ok, what) => { if (!ok) { findings.push(what); } };
  need(found.lang === 'lv', `<html lang="lv"> (has lang="${found.lang}")`);
  need(found.header, 'one <header> landmark');
  need(found.nav, 'one <nav aria-label="Galvenā navigācija">');
  need(found.main, 'one <main id="saturs">');
  need(found.footer, 'one <footer> landmark');
  need(found.skip, 'a skip link <a class="skip" href="#saturs">');
  need(found.form, 'a <form role="search" id="search-form"> in the header');
  need(!found.form || found.action === searchPageUrl, `the search form's action to be the search page (is ${found.action})`);
  need(!found.form || found.input, 'an <input id="search-input" name="q" type="search"> in the search form');
  return findings.map((f) => `lacks ${f}`);
}
