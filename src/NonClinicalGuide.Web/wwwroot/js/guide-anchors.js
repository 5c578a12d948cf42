// The guide used to be the home page, so shared links to its sections look like /#what-non-clinical-means.
// A fragment never reaches the server, so only the page can send such a link on to the guide's own address.
const guide = document.currentScript?.dataset.guide;
const id = decodeURIComponent(window.location.hash.slice(1));
if (guide && id && !document.getElementById(id)) {
  window.location.replace(guide + "#" + encodeURIComponent(id));
}
