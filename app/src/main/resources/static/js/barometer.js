// GOV.UK Frontend's components: focus moves to an error summary and its links focus their field,
// the skip link focuses the main content, a success banner takes focus.
import { initAll } from "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js";

initAll();
