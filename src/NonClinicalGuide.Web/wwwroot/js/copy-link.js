// The "#" beside a heading copies the full address of that section. Without this script (or without
// clipboard access) the link still works as a plain link to the section.
document.addEventListener("click", async (event) => {
  const link = event.target.closest("a.anchor-link");
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const url = new URL(link.getAttribute("href"), window.location.href).href;
  const status = document.getElementById("copy-status");
  try {
    await navigator.clipboard.writeText(url);
    history.replaceState(null, "", url);
    // The stylesheet shows "Link copied" beside the heading while the attribute is set.
    link.dataset.copied = "";
    if (status) status.textContent = "Link copied to the clipboard";
    setTimeout(() => { delete link.dataset.copied; }, 2000);
  } catch {
    window.location.hash = link.getAttribute("href");
  }
});
