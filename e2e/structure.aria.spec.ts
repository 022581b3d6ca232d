import { expect, test } from './support/test'
import { openArticle } from './support/app'

// The structure a screen reader walks, asserted exactly: landmarks, headings, lists, names.
// A change here is a change to what blind readers get; update the snapshot on purpose only
// (`npx playwright test e2e/structure.aria.spec.ts --update-snapshots --update-source-method=overwrite`).
test.use({ reducedMotion: 'reduce' })

test('the app shell: skip links, banner with search and navigation, contentinfo', async ({ page }) => {
  // The wide header shows everything at once (the narrow one is below).
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
  await expect(page.getByRole('list').first()).toMatchAriaSnapshot(`
    - list:
      - listitem:
        - link "Bỏ qua, đến nội dung chính":
          - /url: "#main-content"
      - listitem:
        - link "Đến thanh điều hướng chính":
          - /url: "#site-nav"
  `)
  await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
    - banner:
      - link "Cổng thông tin điện tử Bắc Kạn":
        - /url: /
      - paragraph: Cổng thông tin điện tử Bắc Kạn kính chào quý khách!
      - search "Tìm kiếm trên cổng":
        - text: Tìm bài viết
        - searchbox "Tìm bài viết"
        - button "Tìm"
      - navigation "Điều hướng chính":
        - list:
          - listitem:
            - link "Trang chủ":
              - /url: /
          - listitem:
            - link "Góp ý":
              - /url: /gop-y
          - listitem:
            - link "Sơ đồ trang":
              - /url: /so-do-trang
          - listitem:
            - link "Liên hệ":
              - /url: /lien-he
          - listitem:
            - link "Bài đã lưu":
              - /url: /bai-da-luu
      - group "Cỡ chữ 100%":
        - button "A− Giảm cỡ chữ": A−
        - button "A Cỡ chữ mặc định": A
        - button "A+ Tăng cỡ chữ": A+
      - link "Cài đặt đọc":
        - /url: /cai-dat
      - button "Switch to English": English
      - link "Đăng nhập (biên tập viên)":
        - /url: https://cms.example.vn/wp-admin/
  `)
  await expect(page.getByRole('contentinfo')).toMatchAriaSnapshot(`
    - contentinfo:
      - navigation "Thông tin về cổng":
        - list:
          - listitem:
            - link "Giới thiệu":
              - /url: /gioi-thieu
          - listitem:
            - link "Tuyên bố về khả năng tiếp cận":
              - /url: /kha-nang-tiep-can
          - listitem:
            - link "Liên hệ":
              - /url: /lien-he
          - listitem:
            - link "Sơ đồ trang":
              - /url: /so-do-trang
      - paragraph:
        - button "Phím tắt (?)"
      - paragraph: Cổng thông tin điện tử Bắc Kạn · Giao diện đọc Lectern
      - paragraph: Nội dung mẫu dùng để trình diễn; bài gốc ghi rõ nguồn.
  `)
})

test('the narrow header: name, Search and Menu; the menu holds the navigation, then the tools', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
  const banner = page.getByRole('banner')
  await expect(banner.getByRole('search')).toBeHidden()
  await expect(banner.getByRole('navigation')).toBeHidden()
  await expect(banner).toMatchAriaSnapshot(`
    - banner:
      - link "Cổng thông tin điện tử Bắc Kạn":
        - /url: /
      - paragraph: Cổng thông tin điện tử Bắc Kạn kính chào quý khách!
      - button "Tìm kiếm" [expanded=false]
      - button "Menu" [expanded=false]
  `)
  await banner.getByRole('button', { name: 'Menu', exact: true }).click()
  await expect(banner).toMatchAriaSnapshot(`
    - banner:
      - link "Cổng thông tin điện tử Bắc Kạn":
        - /url: /
      - paragraph: Cổng thông tin điện tử Bắc Kạn kính chào quý khách!
      - button "Tìm kiếm" [expanded=false]
      - button "Menu" [expanded]
      - navigation "Điều hướng chính":
        - list:
          - listitem:
            - link "Trang chủ":
              - /url: /
          - listitem:
            - link "Góp ý":
              - /url: /gop-y
          - listitem:
            - link "Sơ đồ trang":
              - /url: /so-do-trang
          - listitem:
            - link "Liên hệ":
              - /url: /lien-he
          - listitem:
            - link "Bài đã lưu":
              - /url: /bai-da-luu
      - group "Cỡ chữ 100%":
        - button "A− Giảm cỡ chữ": A−
        - button "A Cỡ chữ mặc định": A
        - button "A+ Tăng cỡ chữ": A+
      - link "Cài đặt đọc":
        - /url: /cai-dat
      - button "Switch to English": English
      - link "Đăng nhập (biên tập viên)":
        - /url: https://cms.example.vn/wp-admin/
  `)
})

test('Home: latest articles, each an article with its heading link, and the categories', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - region "Tin mới nhất":
        - heading "Tin mới nhất" [level=1]
        - list:
          - listitem:
            - article:
              - 'heading "Nông sản chủ lực Bắc Kạn giai đoạn 2020 - 2024: từ vườn đồi đến chuỗi giá trị" [level=2]':
                - 'link "Nông sản chủ lực Bắc Kạn giai đoạn 2020 - 2024: từ vườn đồi đến chuỗi giá trị"':
                  - /url: /bai-viet/nong-san-chu-luc-bac-kan-2020-2024
              - paragraph:
                - time: 8 giờ 30, ngày 11 tháng 3 năm 2025
                - text: · 18 phút đọc
              - paragraph: Sau 5 năm tập trung phát triển các vùng sản xuất hàng hóa, diện tích cây ăn quả của tỉnh tăng gần 25%, nhiều nông sản đặc trưng như cam, quýt, hồng không hạt, chè Shan tuyết, gạo Bao thai, miến dong đã có thương hiệu và chỗ đứng trên thị trường. Bài viết tổng hợp kết quả, những cách làm hiệu quả và các vấn đề đặt ra cho giai đoạn tới.
          - listitem:
            - article:
              - heading "Thư viện tỉnh ra mắt tủ sách nói dành cho người khiếm thị" [level=2]:
                - link "Thư viện tỉnh ra mắt tủ sách nói dành cho người khiếm thị":
                  - /url: /bai-viet/thu-vien-tinh-ra-mat-sach-noi
              - paragraph:
                - time: 15 giờ 20, ngày 26 tháng 2 năm 2025
                - text: · 2 phút đọc
              - paragraph: Thư viện tỉnh Bắc Kạn vừa đưa vào phục vụ tủ sách nói với hàng trăm đầu sách, giúp người khiếm thị, người cao tuổi và người khó đọc chữ in tiếp cận tri thức dễ dàng hơn.
          - listitem:
            - article:
              - 'heading "Thông báo: Thời gian làm việc của Trung tâm Phục vụ hành chính công tỉnh dịp Tết Nguyên đán Ất Tỵ 2025" [level=2]':
                - 'link "Thông báo: Thời gian làm việc của Trung tâm Phục vụ hành chính công tỉnh dịp Tết Nguyên đán Ất Tỵ 2025"':
                  - /url: /bai-viet/thoi-gian-lam-viec-dip-tet-at-ty-2025
              - paragraph:
                - time: 14 giờ 30, ngày 15 tháng 1 năm 2025
                - text: · 2 phút đọc
              - paragraph: Trung tâm Phục vụ hành chính công tỉnh thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ năm 2025 và việc tiếp nhận, trả kết quả hồ sơ thủ tục hành chính trước và sau kỳ nghỉ để tổ chức, cá nhân chủ động sắp xếp công việc.
          - listitem:
            - article:
              - heading "Sơ kết 4 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025" [level=2]:
                - link "Sơ kết 4 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025":
                  - /url: /bai-viet/so-ket-chuong-trinh-nong-thon-moi-2021-2024
              - paragraph:
                - time: 9 giờ 00, ngày 23 tháng 12 năm 2024
                - text: · 18 phút đọc
              - paragraph: "Sau 4 năm triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025, diện mạo nhiều vùng nông thôn của tỉnh đã thay đổi rõ nét: hạ tầng thiết yếu được đầu tư, thu nhập của người dân tăng lên, đời sống văn hóa, tinh thần được cải thiện. Hội nghị sơ kết cũng chỉ rõ những hạn chế cần khắc phục để hoàn thành mục tiêu của cả giai đoạn."
          - listitem:
            - article:
              - heading "Lấy ý kiến nhân dân về dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp" [level=2]:
                - link "Lấy ý kiến nhân dân về dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp":
                  - /url: /bai-viet/lay-y-kien-du-thao-nghi-quyet-ho-tro-san-xuat
              - paragraph:
                - time: 10 giờ 00, ngày 19 tháng 8 năm 2024
                - text: · 3 phút đọc
              - paragraph: Sở Nông nghiệp và Phát triển nông thôn đề nghị các cơ quan, tổ chức, doanh nghiệp, hợp tác xã và người dân góp ý cho dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2025 - 2030. Thời hạn góp ý đến hết ngày 18/9/2024.
          - listitem:
            - article:
              - heading "Thông báo lịch tiếp công dân định kỳ tháng 6 năm 2024" [level=2]:
                - link "Thông báo lịch tiếp công dân định kỳ tháng 6 năm 2024":
                  - /url: /bai-viet/thong-bao-lich-tiep-cong-dan-dinh-ky
              - paragraph:
                - time: 8 giờ 00, ngày 3 tháng 6 năm 2024
                - text: · 2 phút đọc
              - paragraph: Ban Tiếp công dân tỉnh thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh trong tháng 6 năm 2024 và hướng dẫn người dân chuẩn bị hồ sơ khi đến trình bày ý kiến.
          - listitem:
            - article:
              - 'heading "Ba Bể National Park: a practical guide for visitors and tour operators" [level=2]':
                - 'link "Ba Bể National Park: a practical guide for visitors and tour operators"':
                  - /url: /bai-viet/ba-be-national-park-visitor-guide
              - paragraph:
                - time: 9 giờ 30, ngày 18 tháng 3 năm 2024
                - text: · 20 phút đọc
              - paragraph: Ba Bể Lake, the largest natural freshwater lake in Vietnam, lies at the heart of a protected forest of limestone peaks, caves and Tày villages. This guide explains how to get there, when to go, what to see, how to stay with a local family and what the province asks of visitors and of businesses that want to work in the park.
          - listitem:
            - article:
              - heading "Tưng bừng Lễ hội Lồng tồng Ba Bể năm 2024" [level=2]:
                - link "Tưng bừng Lễ hội Lồng tồng Ba Bể năm 2024":
                  - /url: /bai-viet/le-hoi-long-tong-ba-be-2024
              - paragraph:
                - time: 17 giờ 40, ngày 19 tháng 2 năm 2024
                - text: · 4 phút đọc
              - paragraph: Ngày 10 tháng Giêng năm Giáp Thìn, hàng nghìn người dân và du khách đã về bên hồ Ba Bể dự Lễ hội Lồng tồng, một lễ hội xuống đồng truyền thống của đồng bào Tày, cầu cho mưa thuận gió hòa, mùa màng bội thu.
          - listitem:
            - article:
              - heading "Bắc Kạn invites investors into agriculture, forestry and eco-tourism" [level=2]:
                - link "Bắc Kạn invites investors into agriculture, forestry and eco-tourism":
                  - /url: /bai-viet/investment-promotion-conference-2023
              - paragraph:
                - time: 16 giờ 20, ngày 14 tháng 11 năm 2023
                - text: · 3 phút đọc
              - paragraph: At its annual investment promotion conference, the province presented a list of priority projects in high-value farming, timber processing and eco-tourism around Ba Bể Lake, and explained the support it offers to businesses that choose to set up in the northern mountains.
          - listitem:
            - article:
              - heading "Cảnh báo mưa lớn, lũ quét và sạt lở đất trên địa bàn tỉnh từ đêm 17 đến ngày 19/7" [level=2]:
                - link "Cảnh báo mưa lớn, lũ quét và sạt lở đất trên địa bàn tỉnh từ đêm 17 đến ngày 19/7":
                  - /url: /bai-viet/canh-bao-mua-lon-lu-quet-thang-7-2023
              - paragraph:
                - time: 21 giờ 05, ngày 17 tháng 7 năm 2023
                - text: · 3 phút đọc
              - paragraph: Do ảnh hưởng của rãnh áp thấp kết hợp với gió đông nam, từ đêm 17/7 đến hết ngày 19/7/2023, khu vực tỉnh Bắc Kạn có mưa vừa, mưa to, có nơi mưa rất to; nguy cơ cao xảy ra lũ quét ở các sông suối nhỏ và sạt lở đất ở vùng núi.
      - region "Chuyên mục":
        - heading "Chuyên mục" [level=2]
        - list:
          - listitem:
            - link "Tin tức - Sự kiện":
              - /url: /chuyen-muc/tin-tuc-su-kien
            - text: (6 bài viết)
            - paragraph: Tin tức và sự kiện nổi bật trong tỉnh
          - listitem:
            - link "Chính trị":
              - /url: /chuyen-muc/chinh-tri
            - text: (6 bài viết)
            - paragraph: Hoạt động của Đảng, chính quyền và đoàn thể
          - listitem:
            - link "Kinh tế":
              - /url: /chuyen-muc/kinh-te
            - text: (8 bài viết)
            - paragraph: Nông nghiệp, công nghiệp, đầu tư và du lịch
          - listitem:
            - link "Văn hóa - Xã hội":
              - /url: /chuyen-muc/van-hoa-xa-hoi
            - text: (6 bài viết)
            - paragraph: Giáo dục, y tế, văn hóa và đời sống
          - listitem:
            - link "Thông báo":
              - /url: /chuyen-muc/thong-bao
            - text: (8 bài viết)
            - paragraph: Thông báo của cơ quan nhà nước
  `)
})

test('the seed article: breadcrumb, heading, times, tools, figure, contents, sections, byline, related', async ({ page }) => {
  await openArticle(page)
  await expect(page.getByRole('complementary')).toBeVisible()
  // The separator between steps is drawn, never read out (snapshots match partially: say it).
  expect(await page.getByRole('navigation', { name: 'Đường dẫn' }).ariaSnapshot()).not.toContain('›')
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - navigation "Đường dẫn":
        - list:
          - listitem:
            - link "Trang chủ":
              - /url: /
          - listitem:
            - link "Chính trị":
              - /url: /chuyen-muc/chinh-tri
          - listitem: Những chuyển biến tích cực sau 03 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị
      - article:
        - heading "Những chuyển biến tích cực sau 03 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị" [level=1]
        - paragraph:
          - text: Đăng lúc
          - time: 15 giờ 08, ngày 10 tháng 9 năm 2019
          - text: Cập nhật lúc
          - time: 15 giờ 08, ngày 10 tháng 9 năm 2019
          - text: 7 phút đọc
        - paragraph: Sau 03 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Chỉ thị số 05-CT/TW), việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên địa bàn tỉnh Bắc Kạn đã được cấp ủy, chính quyền các cấp quan tâm chỉ đạo sâu sát, có nhiều đổi mới, sáng tạo trong việc triển khai thực hiện.
        - group "Cỡ chữ 100%":
          - button "A− Giảm cỡ chữ": A−
          - button "A Cỡ chữ mặc định": A
          - button "A+ Tăng cỡ chữ": A+
        - figure "Các cá nhân điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được nhận thư khen của Bí thư Tỉnh ủy":
          - 'img "Hình vẽ minh họa: năm người đứng thành hàng trên sân khấu trước phông nền màu đỏ, mỗi người cầm trước ngực một tấm thư khen màu trắng; phía dưới là lẵng hoa."'
          - text: Các cá nhân điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được nhận thư khen của Bí thư Tỉnh ủy
        - navigation "Mục lục":
          - heading "Mục lục" [level=2]
          - list:
            - listitem:
              - link "Đổi mới cách học tập các chuyên đề":
                - /url: "#doi-moi-cach-hoc-tap-cac-chuyen-de"
            - listitem:
              - link "Kế hoạch làm theo Bác của tập thể và cá nhân":
                - /url: "#ke-hoach-lam-theo-bac-cua-tap-the-va-ca-nhan"
            - listitem:
              - link "Giải quyết những vấn đề bức xúc, nổi cộm":
                - /url: "#giai-quyet-nhung-van-de-buc-xuc-noi-com"
            - listitem:
              - link "Nhân rộng điển hình tiên tiến":
                - /url: "#nhan-rong-dien-hinh-tien-tien"
        - heading "Đổi mới cách học tập các chuyên đề" [level=2]
        - paragraph: Việc học tập các chuyên đề hàng năm được tỉnh tổ chức học tập trung bằng hình thức truyền hình trực tiếp trên sóng Đài Phát thanh - Truyền hình tỉnh để toàn thể đảng viên, nhân dân cùng theo dõi, học tập. Riêng chuyên đề năm 2019 được học tập theo hình thức trực tuyến từ Trung ương đến cơ sở. Sau khi tổ chức nghiên cứu, học tập, các cấp ủy đảng đã chủ động đưa các nội dung chuyên đề vào sinh hoạt định kỳ của chi, đảng bộ, đồng thời phân công cấp ủy theo dõi, giám sát việc thực hiện học tập và làm theo Bác, coi đây là công việc tự giác, thường xuyên của nhiều chi, đảng bộ, góp phần tạo nên phong trào thi đua có sức lan tỏa lớn trong cán bộ, đảng viên và quần chúng nhân dân trên địa bàn tỉnh. Để nâng cao nhận thức và trách nhiệm trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, một số chi, đảng bộ đã chỉ đạo viết thu hoạch hoặc xây dựng phiếu đánh giá, kiểm tra nhận thức, thành lập hội đồng đánh giá, thông báo kết quả cho các tập thể, cá nhân…
        - heading "Kế hoạch làm theo Bác của tập thể và cá nhân" [level=2]
        - paragraph: "Việc xây dựng kế hoạch làm theo Bác của tập thể và cá nhân được chú trọng. Đối với tập thể, hằng năm Tỉnh ủy đã chủ động xây dựng kế hoạch làm theo của tập thể Tỉnh ủy đồng thời chỉ đạo các cấp ủy, tổ chức đảng căn cứ nội dung chuyên đề, xác định nội dung đột phá để chủ động đăng ký làm theo Bác. Đối với Tỉnh ủy đã xác định 4 việc làm theo Bác với nội dung chủ yếu như: Thực hiện nghiêm túc việc học tập, kiểm điểm, nhận diện và tự gột rửa các biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa”; về phong cách, tác phong công tác; tập trung lựa chọn giải quyết kịp thời, có hiệu quả những vấn đề bức xúc, nổi cộm; xây dựng đội ngũ cán bộ, đảng viên, công chức “Nêu gương, nêu cao trách nhiệm, nói đi đôi với làm, gắn bó với nhân dân”, bộ máy chính quyền “Liêm chính, hành động, kiến tạo, phục vụ” theo tinh thần Chỉ thị 05-CT/TW và Chỉ thị số 27/CT-TTg của Thủ tướng Chính phủ. Đối với cá nhân, các đồng chí Tỉnh ủy viên và cấp ủy viên các cấp đã chủ động xây dựng, thực hiện kế hoạch làm theo Bác gắn với thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu theo tinh thần Nghị quyết Trung ương 4 khóa XII với nhiều việc làm thiết thực, cụ thể, bám sát chức năng nhiệm vụ được giao, nỗ lực phấn đấu làm theo Bác; đồng thời mạnh dạn tự soi, tự sửa, kiểm điểm trước tập thể những việc chưa làm được có liên quan đến trách nhiệm cá nhân người đứng đầu, cấp phó của người đứng đầu. Các cán bộ, đảng viên, đoàn viên, hội viên đã tự giác thực hiện và hoàn thành kế hoạch làm theo Bác, bản cam kết tu dưỡng, rèn luyện phấn đấu trong đầu quý I hàng năm."
        - paragraph: Nhằm thực hiện hiệu quả Nghị quyết Trung ương 4 (khóa XI và XII) về tăng cường xây dựng chỉnh đốn Đảng gắn Chỉ thị số 05-CT/TW, tháng 7/2018, Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch số 109-KH/TU về tổ chức đợt sinh hoạt “tự kiểm điểm, tự soi, tự sửa” trong phạm vi toàn tỉnh. Sau hơn 1 năm thực hiện, đợt sinh hoạt đã đạt được một số kết quả nhất định, nhận thức của cấp ủy, chính quyền, cán bộ đảng viên về ý nghĩa, tầm quan trọng của đợt sinh hoạt, khắc phục tình trạng tự phê bình và phê bình, sửa chữa sai lầm khuyết điểm mang tính hình thức, chiếu lệ…
        - heading "Giải quyết những vấn đề bức xúc, nổi cộm" [level=2]
        - paragraph: "Thực hiện Chỉ thị số 05-CT/TW, các chi, đảng bộ đã chủ động lựa chọn các vấn đề bức xúc, nổi cộm mà người dân quan tâm để lãnh đạo, chỉ đạo giải quyết kịp thời, có hiệu quả như: Công tác quản lý sử dụng đất đai; giải quyết chế độ, chính sách; giải ngân các nguồn vốn xây dựng; kiểm tra, thanh tra, giám sát, thi hành kỷ luật Đảng… góp phần tạo sự đồng thuận và củng cố niềm tin sâu sắc của nhân dân đối với Đảng, chính quyền."
        - paragraph: "Tích cực học tập và làm theo Bác, các đơn vị, địa phương đã quan tâm đẩy mạnh phong trào xây dựng nông thôn mới (NTM), đô thị văn minh, giảm nghèo. Trong 03 năm qua, nhiều cơ quan, đơn vị, đoàn thể đã chủ động giúp đỡ, hỗ trợ các xã khó khăn xây dựng NTM thông qua các hình thức khác nhau như: Tuyên truyền, vận động, mở lớp tập huấn, chuyển giao công nghệ, trợ giúp pháp lý, làm đường nội thôn, xây dựng cầu dân sinh… Qua đó, xây dựng tinh thần đoàn kết, phát huy sức mạnh tổng hợp của cả hệ thống chính trị chung sức xây dựng NTM, tạo sự gắn bó mật thiết với nhân dân, khắc phục dần tình trạng hành chính hóa, xa rời cơ sở hay vô cảm trước những khó khăn của người dân, góp phần thực hiện thắng lợi các chủ trương của Đảng và Nhà nước về xây dựng NTM trên địa bàn."
        - heading "Nhân rộng điển hình tiên tiến" [level=2]
        - paragraph: "Công tác tuyên truyền, nhân rộng điển hình tiên tiến được tỉnh Bắc Kạn chú trọng với nhiều sáng tạo. Tiêu biểu như: Năm 2015, tỉnh đã tổ chức Hội thi kể chuyện về những điển hình tiên tiến học tập và làm theo Bác. Đặc biệt, nhằm tiếp tục nâng cao năng lực lãnh đạo của Đảng, tạo sự chuyển biến tích cực trong cải cách hành chính, “sửa đổi lối làm việc” theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, năm 2017, tỉnh đã tổ chức thành công Cuộc thi thuyết trình thực hiện Nghị quyết Đại hội Đảng các cấp. Cuộc thi đã tạo sự chuyển biến rõ nét về nhận thức, hành động, vai trò, trách nhiệm của mỗi cấp ủy, người đứng đầu các cơ quan, đơn vị trong thực hiện Nghị quyết Đại hội Đảng bộ cấp mình. Nhằm động viên kịp thời những tập thể, cá nhân có thành tích xuất sắc đồng thời để các tấm gương được lan tỏa, nhân rộng, hằng năm, tỉnh đều tổ chức gặp mặt, biểu dương những điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Riêng năm 2019, nhân dịp sơ kết 03 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và kỷ niệm 50 năm thực hiện di chúc của Chủ tịch Hồ Chí Minh, đồng chí Bí thư Tỉnh ủy Nguyễn Văn Du đã trao thư khen cho 11 tập thể và 22 cá nhân điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
        - paragraph: Việc triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tại tỉnh Bắc Kạn trong thời gian qua với những cách làm cụ thể, thiết thực đã tạo sức lan tỏa, sự chuyển biến tích cực trong nhận thức và hành động của cấp ủy, chính quyền các cấp, các ngành và đồng đảo các tầng lớp nhân dân, góp phần thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã hội ở địa phương./.
        - paragraph: "Tác giả: Hương Dịu"
        - paragraph: "Nguồn: Cổng thông tin điện tử Bắc Kạn (backan.gov.vn), bài đăng ngày 10/09/2019. Tiêu đề các mục do Lectern thêm để dễ điều hướng; lời văn giữ nguyên."
        - paragraph:
          - link "Về đầu bài viết":
            - /url: "#article-title"
      - complementary "Cùng chuyên mục Chính trị":
        - heading "Cùng chuyên mục Chính trị" [level=2]
        - list:
          - listitem:
            - link "Sơ kết 4 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025":
              - /url: /bai-viet/so-ket-chuong-trinh-nong-thon-moi-2021-2024
          - listitem:
            - link "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh triển khai nhiệm vụ năm 2023":
              - /url: /bai-viet/dang-uy-khoi-trien-khai-nhiem-vu-nam-2023
          - listitem:
            - link "Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Na Rì trước kỳ họp cuối năm":
              - /url: /bai-viet/dai-bieu-hdnd-tiep-xuc-cu-tri-na-ri
          - listitem:
            - link "Provincial People's Council closes year-end session and approves the 2020 budget":
              - /url: /bai-viet/provincial-council-year-end-session-2019
  `)
})
