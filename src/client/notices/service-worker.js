// The service worker for turn notices (Web Push): shows the server's notice and opens the
// seat's link when it is clicked. Served as /sw.js by the lobby server.
self.addEventListener('push', (event) => {
  let data = { title: 'School of Commons', body: '', url: '/' };
  try {
    data = { ...data, ...event.data.json() };
  } catch {
    // Not JSON: show the defaults.
  }
  event.waitUntil(self.registration.showNotification(data.title, { body: data.body, data: { url: data.url }, tag: data.url }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(self.clients.openWindow(event.notification.data?.url || '/'));
});
