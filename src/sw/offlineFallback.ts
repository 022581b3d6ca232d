/**
 * The last resort offline, when not even the saved-articles page was kept (storage cleared
 * between visits): a page of its own, in both languages, with nothing to load.
 */
export function offlineFallbackPage(): Response {
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không có kết nối mạng</title></head>
<body><main>
<h1>Không có kết nối mạng</h1>
<p>Trang này chưa được lưu để đọc ngoại tuyến. Hãy thử lại khi có mạng.</p>
<p lang="en">No connection: this page was not saved for reading offline. Try again when you are back online.</p>
</main></body></html>`
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } })
}
