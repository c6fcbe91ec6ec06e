// GOV.UK Frontend's check, run before the page is drawn: its components enhance the page only in
// browsers that run modules. An inline script in the template would break the CSP.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
