import { readFileSync } from 'node:fs'
import { expect, test } from './support/test'
import { cmsArticle, serveArticles } from './support/cmsArticle'
import { openClientSide } from './support/clientSide'
import { expectNoAxeViolations } from './support/axe'
import { pathTo } from '../core/paths'

interface WpPost { slug: string; id: number; title: { rendered: string }; excerpt: { rendered: string }; content: { rendered: string } }
const posts = JSON.parse(readFileSync(new URL('../server/test/wordpress-fixtures/posts.json', import.meta.url), 'utf8')) as WpPost[]

/** Deliberately bad CMS HTML: everything an old portal's editor produces on a bad day. */
const BAD_HTML = `
<h1 style="font-size:40px;color:red">TIN NỔI BẬT</h1><h1>Tin thứ hai</h1>
<h5>Tiêu đề nhảy cấp</h5><h2></h2>
<p style="font-size:9px;color:#aaa;width:1200px"><font size="1">Chữ nhỏ xám khó đọc</font></p>
<p><img src="/wp-content/uploads/anh-khong-mo-ta.jpg"><img src="/wp-content/uploads/trang-tri.png" alt=""></p>
<table border="0" width="960"><tr><td width="300"><img src="/wp-content/uploads/logo.png"><h3>Cột trái</h3></td><td><h4>Cột phải</h4><ul><li>Một</li><li>Hai</li></ul></td></tr></table>
<table role="presentation"><tr><td>Bố cục</td><td>Chỉ là bố cục</td></tr><tr><td>A</td><td>B</td></tr></table>
<table><tr><td>Năm</td><td>Sản lượng (tấn)</td></tr><tr><td>2023</td><td>1.200</td></tr><tr><td>2024</td><td>1.350</td></tr></table>
<p><a href="https://example.org/van-ban.pdf" target="_blank">Tải văn bản</a> <a href="/x"></a> <a href="#"><img src="/wp-content/uploads/icon.png"></a>
<button onclick="share()"></button> <span lang="en">Open data</span> <span lang="??">xx</span></p>
<div class="wp-block-columns"><div class="wp-block-column"><blockquote class="wp-block-quote"><p>Trích dẫn</p><cite>Người nói</cite></blockquote></div></div>
<center><marquee>Chạy chữ</marquee></center>`

test.describe('axe finds no violations on articles built from CMS HTML', () => {
  const articles = [
    // A featured image with WordPress's default empty alt_text, too.
    { ...cmsArticle('html-xau', 'Bài viết <b>HTML</b> xấu &amp; lộn xộn', '<p>Tóm tắt có <em>thẻ</em></p>', BAD_HTML), image: { src: '/media/vi-cau-dan-sinh.svg', alt: '', caption: '' } },
    ...posts.map((p) => cmsArticle(`wp-${p.id}`, p.title.rendered, p.excerpt.rendered, p.content.rendered)),
  ]

  for (const article of articles) {
    test(`${article.slug}: ${article.title}`, async ({ page }, testInfo) => {
      await serveArticles(page, articles)
      await openClientSide(page, pathTo.article(article.slug))
      await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
      await expect(page.getByRole('alert')).toHaveCount(0)
      // One h1 (the title), and the body's headings never skip a level.
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expectNoAxeViolations(page, `CMS article ${article.slug}`, testInfo)
    })
  }

  test('bad HTML reads as it should: images without alt flagged, layout gone, new window said', async ({ page }) => {
    await serveArticles(page, articles)
    await openClientSide(page, pathTo.article('html-xau'))
    const article = page.getByRole('article')
    await expect(article.getByRole('img', { name: 'Ảnh chưa có mô tả' })).toHaveCount(4) // lead picture, photo, logo, icon in a link
    await expect(article.getByRole('table')).toHaveCount(1)
    // A header-less grid stays a table but no header is guessed (that would change its meaning):
    // the content check reports it; a first row typed in bold would have become the header.
    await expect(article.getByRole('cell', { name: 'Năm' })).toBeVisible()
    await expect(article.getByRole('columnheader')).toHaveCount(0)
    await expect(article.getByRole('link', { name: 'Tải văn bản (mở trong cửa sổ mới)' })).toBeVisible()
    // The CMS's empty <button onclick> is gone: the article body holds no button (the reading tools are not part of it).
    await expect(article.locator('.document').getByRole('button')).toHaveCount(0)
    await expect(article.getByText('Open data')).toHaveAttribute('lang', 'en')
    await expect(article.getByText('— Người nói')).toBeVisible()
  })
})
