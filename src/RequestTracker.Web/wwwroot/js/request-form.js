// Adds and removes question rows in the browser, keeping what was typed. Without script the same buttons
// post the form and the page comes back with the row added or removed, so this is only a convenience.
(() => {
  const fieldset = document.querySelector("[data-questions]");
  const template = document.getElementById("question-row");
  if (!fieldset || !template) return;
  const max = Number(fieldset.dataset.max);
  const anchor = fieldset.querySelector("[data-add-here]");
  const rows = () => [...fieldset.querySelectorAll(".question-row")];

  // Names, ids and labels carry the row's index; after a removal every row below moves up one.
  const renumber = () => rows().forEach((row, i) => {
    row.querySelectorAll("[name]").forEach(el => { el.name = el.name.replace(/Questions\[\d+\]/, `Questions[${i}]`); });
    row.querySelectorAll("[id]").forEach(el => { el.id = el.id.replace(/^q\d+-/, `q${i}-`); });
    row.querySelectorAll("label").forEach(el => {
      el.htmlFor = el.htmlFor.replace(/^q\d+-/, `q${i}-`);
      // The page's own words with {0} for the number (data-format), so the label stays in the page's language.
      if (el.dataset.format) el.textContent = el.dataset.format.replace("{0}", i + 1);
    });
    const remove = row.querySelector("[data-remove]");
    remove.textContent = remove.dataset.format.replace("{0}", i + 1);
    remove.formAction = remove.formAction.replace(/index=\d+/, `index=${i}`);
  });

  fieldset.addEventListener("click", event => {
    const add = event.target.closest("[data-kind]");
    const remove = event.target.closest("[data-remove]");
    if (add && rows().length < max) {
      event.preventDefault();
      const row = template.content.firstElementChild.cloneNode(true);
      row.querySelector("select").value = add.dataset.kind;
      row.querySelector("textarea").value = add.dataset.text;
      anchor.before(row);
      renumber();
      row.querySelector("textarea").focus();
    } else if (remove) {
      event.preventDefault();
      remove.closest(".question-row").remove();
      renumber();
    }
  });
})();
