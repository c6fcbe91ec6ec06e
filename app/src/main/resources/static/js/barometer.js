// GOV.UK Frontend's components: focus moves to an error summary and its links focus their field,
// the skip link focuses the main content, a success banner takes focus.
import { initAll } from "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js";

initAll();

// Choices that reveal their own fields, such as the kinds of target: only the chosen one's fields
// show. GOV.UK Frontend's conditional radios mark each radio aria-expanded, which radios may not
// carry (axe: aria-allowed-attr), so this does the same with the hidden attribute alone. Without
// scripts every choice's fields show, each under its own label.
document.querySelectorAll("[data-barometer-reveal]").forEach((group) => {
  const radios = group.querySelectorAll("input[type=radio][data-reveals]");
  const sync = () =>
    radios.forEach((radio) => {
      const panel = document.getElementById(radio.dataset.reveals);
      if (panel) {
        panel.hidden = !radio.checked;
      }
    });
  group.addEventListener("change", sync);
  sync();
});
