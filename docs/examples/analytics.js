// Events bubble and cross shadow roots, so one listener on the document sees every widget.
const log = document.getElementById('log');
const record = (event) => {
  const { article, position } = event.detail;
  const line = document.createElement('li');
  line.textContent = `${event.type}: #${position} ${article.headline}`;
  log.append(line);
  // e.g. navigator.sendBeacon('/analytics', JSON.stringify({ type: event.type, id: article.id, position }));
};
document.addEventListener('news-impression', record);
document.addEventListener('news-click', record);
