import { articlePage, TestOrigin } from './origin'

/** A valid 1 × 1 PNG (what a portal's picture is, as far as bytes go). */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

export const FIXTURE_ARTICLES = {
  festival: { path: '/Pages/tin-tuc/le-hoi-long-tong-ba-be.aspx', slug: 'le-hoi-long-tong-ba-be', title: 'Lễ hội Lồng Tồng Ba Bể năm 2024' },
  bridge: { path: '/Pages/tin-tuc/khanh-thanh-cau-pac-ngoi.aspx', slug: 'khanh-thanh-cau-pac-ngoi', title: 'Khánh thành cầu dân sinh bản Pác Ngòi' },
  meeting: { path: '/Pages/tin-tuc/hoi-nghi-chuyen-doi-so.aspx', slug: 'hoi-nghi-chuyen-doi-so', title: 'Hội nghị chuyển đổi số tỉnh Bắc Kạn' },
  /** The portal's French edition: a page that says lang="fr". */
  french: { path: '/Pages/fr/inauguration-pont-pac-ngoi.aspx', slug: 'inauguration-pont-pac-ngoi', title: 'Inauguration du pont de Pác Ngòi' },
} as const

const FRENCH_PARAGRAPH = 'Lundi, le conseil provincial a inauguré le nouveau pont suspendu du village de Pác Ngòi, attendu depuis vingt ans par les ' +
  'habitants. Les deux rives du ruisseau sont désormais reliées toute l’année, même pendant la saison des pluies.'

export const FRENCH_SECTIONS = ['Vingt ans d’attente', 'La cérémonie', 'Et ensuite'] as const

const paragraph = (topic: string) =>
  `Sáng nay, ${topic} diễn ra với sự tham gia của đông đảo cán bộ và nhân dân trong tỉnh. Các đại biểu đã trao đổi về kết quả đạt được, ` +
  'những khó khăn còn tồn tại và các giải pháp trong thời gian tới, nhằm nâng cao đời sống của người dân vùng cao.'

/** A small portal as the e2e spec and the server tests read it: sitemap, four articles (one in French), links between them, pictures. */
export async function startFixturePortal(): Promise<TestOrigin> {
  const origin = await new TestOrigin().start()
  const { festival, bridge, meeting, french } = FIXTURE_ARTICLES
  origin.set('/robots.txt', { body: `User-agent: *\nDisallow: /_layouts/\nSitemap: ${origin.url}/sitemap.xml`, type: 'text/plain' })
  origin.set('/sitemap.xml', {
    body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[festival, bridge, meeting, french]
      .map((a) => `<url><loc>${origin.url}${a.path}</loc></url>`).join('')}</urlset>`,
    type: 'application/xml',
  })
  origin.set('/', '<!doctype html><html lang="vi"><head><title>Cổng thông tin thử nghiệm</title></head><body><h1>Cổng</h1></body></html>')
  origin.set(festival.path, articlePage(festival.title, [
    paragraph('lễ hội Lồng Tồng xuống đồng ở huyện Ba Bể'),
    `<img src="/PublishingImages/le-hoi.png" alt="Người dân múa sư tử trong lễ hội">`,
    `Xem thêm: <a href="${bridge.path}">${bridge.title}</a>; trang của <a href="https://dulich.example.vn/ba-be">Ban quản lý du lịch</a>.`,
    paragraph('phần hội với các trò chơi dân gian'),
  ]))
  origin.set(bridge.path, articlePage(bridge.title, [paragraph('lễ khánh thành cầu treo bản Pác Ngòi'), paragraph('cây cầu mới nối hai bờ suối')]))
  origin.set(meeting.path, articlePage(meeting.title, [paragraph('hội nghị chuyển đổi số'), paragraph('phiên thảo luận về dịch vụ công trực tuyến')]))
  // Three sections, so the article has a table of contents: its entries are French, its heading is the interface's.
  // articlePage wraps each item in <p>, so an item closes it before its heading and opens the next one after.
  const frenchSections = FRENCH_SECTIONS.map((heading) => `${FRENCH_PARAGRAPH}</p><h2>${heading}</h2><p>${FRENCH_PARAGRAPH}`)
  origin.set(french.path, articlePage(french.title, frenchSections).replace('lang="vi"', 'lang="fr"'))
  origin.set('/PublishingImages/le-hoi.png', { body: TINY_PNG, type: 'image/png' })
  return origin
}
