// The compare bar on /roles says how many roles are ticked, as they are ticked. Without this script the bar
// still submits the form, and the comparison page itself corrects too few or too many.
for (const bar of document.querySelectorAll("[data-compare-bar]")) {
  const form = bar.closest("form");
  const count = bar.querySelector("[data-compare-count]");
  const initial = count.textContent;
  const say = () => {
    const ticked = form.querySelectorAll('input[name="roles"]:checked').length;
    count.textContent = ticked === 0 ? initial
      : ticked === 1 ? "1 role ticked: tick one more"
      : ticked <= 4 ? `${ticked} roles ticked`
      : `${ticked} ticked: the first four will be compared`;
  };
  form.addEventListener("change", say);
  // Going back to the list restores the ticks without a change event.
  window.addEventListener("pageshow", say);
  say();
}
