// swagger-ui renders its server picker without a name a screen reader can announce; give it one when it appears.
(() => {
  const name = () => {
    const servers = document.getElementById("servers");
    if (servers && !servers.getAttribute("aria-label")) servers.setAttribute("aria-label", "Server the requests are sent to");
  };
  new MutationObserver(name).observe(document.documentElement, { childList: true, subtree: true });
  name();
})();
