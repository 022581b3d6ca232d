<?php
/**
 * Installs the throwaway WordPress (wp_install, as the web installer does) and writes the posts
 * the way editors make them in the block editor: Gutenberg markup as post_content, excerpts only
 * where an editor would write one, and the posts readers must never see. Prints what it made as
 * JSON on the last line, for the tests to name.
 *
 * Run by start.ts as `php seed.php <site folder>` with LECTERN_WP_SOCKET and LECTERN_WP_URL set.
 */
define('ABSPATH', rtrim($argv[1], '/') . '/');
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url(getenv('LECTERN_WP_URL'), PHP_URL_HOST);
// wp_install mails the new administrator; this site has no mail and no one to read it.
function wp_mail() {
  return true;
}
require ABSPATH . 'wp-config.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$installed = wp_install('Cổng thông tin thử nghiệm', 'bientap', 'bientap@example.invalid', true, '', 'throwaway-' . wp_generate_password(12, false), 'vi');
$editor = $installed['user_id'];
wp_update_user(['ID' => $editor, 'display_name' => 'Ban Biên tập', 'nickname' => 'Ban Biên tập']);
update_option('blogdescription', 'Tin tức, thông báo và văn bản của tỉnh, bản thử nghiệm');
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('posts_per_page', 10);
flush_rewrite_rules(false);
wp_delete_post(1, true); // "Hello world!"
wp_delete_post(2, true); // "Sample Page"
wp_delete_post(3, true); // the draft privacy policy

$cat = function (string $name, string $slug, string $description = '') {
  $term = wp_insert_term($name, 'category', ['slug' => $slug, 'description' => $description]);
  return $term['term_id'];
};
$economy = $cat('Kinh tế', 'kinh-te', 'Tin kinh tế, đầu tư và phát triển.');
$notices = $cat('Thông báo', 'thong-bao', 'Thông báo của các cơ quan.');
$culture = $cat('Văn hoá & Du lịch', 'van-hoa-du-lich');
wp_update_term(1, 'category', ['name' => 'Chưa phân loại']);

/** A small PNG in the uploads folder, as an attachment with alt text and caption. */
$image = function (string $name, string $alt, string $caption) {
  $uploads = wp_upload_dir();
  wp_mkdir_p($uploads['path']);
  $file = $uploads['path'] . "/$name.png";
  // 2×2 px, opaque: enough for a real attachment URL without GD.
  file_put_contents($file, base64_decode('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNk+M/AwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='));
  $id = wp_insert_attachment(['post_title' => $name, 'post_mime_type' => 'image/png', 'post_excerpt' => $caption, 'post_status' => 'inherit'], $file);
  update_post_meta($id, '_wp_attachment_image_alt', $alt);
  wp_update_attachment_metadata($id, ['width' => 2, 'height' => 2, 'file' => _wp_relative_upload_path($file), 'sizes' => []]);
  return ['id' => $id, 'url' => wp_get_attachment_url($id)];
};
$bridge = $image('cau-ban-pac-ngoi', 'Cây cầu treo mới bắc qua suối, người dân đi xe máy qua cầu', 'Cầu dân sinh bản Pác Ngòi ngày khánh thành.');
$lake = $image('ho-ba-be', 'Mặt hồ Ba Bể buổi sáng, sương trên núi đá vôi', 'Hồ Ba Bể mùa thu.');
$market = $image('cho-phien', 'Người dân mua bán rau ở chợ phiên', '');

$p = fn (string $text) => "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->\n\n";
$h = fn (string $text) => "<!-- wp:heading -->\n<h2>$text</h2>\n<!-- /wp:heading -->\n\n";
$quote = fn (string $text, string $cite) => "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph --><cite>$cite</cite></blockquote>\n<!-- /wp:quote -->\n\n";
$table = fn (string $caption) => "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><thead><tr><th>Năm</th><th>Số cầu</th></tr></thead><tbody><tr><td>2019</td><td>7</td></tr><tr><td>2024</td><td>12</td></tr></tbody></table><figcaption class=\"wp-element-caption\">$caption</figcaption></figure>\n<!-- /wp:table -->\n\n";
$list = fn (array $items) => "<!-- wp:list -->\n<ul>" . implode('', array_map(fn ($i) => "<!-- wp:list-item -->\n<li>$i</li>\n<!-- /wp:list-item -->", $items)) . "</ul>\n<!-- /wp:list -->\n\n";
$img = fn (array $m, string $alt, string $caption) => "<!-- wp:image {\"id\":{$m['id']},\"sizeSlug\":\"full\"} -->\n<figure class=\"wp-block-image size-full\"><img src=\"{$m['url']}\" alt=\"$alt\" class=\"wp-image-{$m['id']}\"/>" . ($caption ? "<figcaption class=\"wp-element-caption\">$caption</figcaption>" : '') . "</figure>\n<!-- /wp:image -->\n\n";

$publish = function (array $fields) use ($editor) {
  $id = wp_insert_post(array_merge(['post_status' => 'publish', 'post_author' => $editor, 'post_type' => 'post'], $fields), true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
  return $id;
};
$made = [];

// 1. The issue's own case: no manual excerpt; the first paragraph, then a heading, a quote, a table.
$made['noExcerpt'] = $publish([
  'post_title' => 'Khánh thành cầu dân sinh bản Pác Ngòi',
  'post_name' => 'khanh-thanh-cau-dan-sinh-ban-pac-ngoi',
  'post_date' => '2026-11-20 09:00:00',
  'post_category' => [$economy],
  'post_content' => $p('Sáng nay, huyện Ba Bể khánh thành cầu dân sinh bản Pác Ngòi, nối hai bờ suối cho hơn 300 hộ dân.')
    . $h('Tiêu đề mục một')
    . $p('Cây cầu dài 60 mét, do người dân và Nhà nước cùng góp vốn xây dựng trong sáu tháng.')
    . $quote('Một câu trích dẫn.', 'Người nói')
    . $table('Số cầu dân sinh trong huyện')
    . $img($bridge, 'Cây cầu treo mới bắc qua suối, người dân đi xe máy qua cầu', 'Cầu dân sinh bản Pác Ngòi ngày khánh thành.')
    . $list(['Chiều dài: 60 mét', 'Tải trọng: 1,5 tấn', 'Kinh phí: 2,4 tỷ đồng']),
]);
set_post_thumbnail($made['noExcerpt'], $bridge['id']);

// 2. A manual excerpt, written by the editor, different from the body.
$made['manualExcerpt'] = $publish([
  'post_title' => 'Hồ Ba Bể đón lượng khách kỷ lục mùa thu',
  'post_name' => 'ho-ba-be-don-luong-khach-ky-luc',
  'post_date' => '2026-11-18 15:30:00',
  'post_category' => [$culture],
  'post_excerpt' => 'Hơn mười nghìn lượt khách đến Ba Bể trong tháng Mười, nhiều nhất từ trước đến nay.',
  'post_content' => $img($lake, 'Mặt hồ Ba Bể buổi sáng, sương trên núi đá vôi', 'Hồ Ba Bể mùa thu.')
    . $p('Ban quản lý Vườn quốc gia Ba Bể cho biết lượng khách tháng Mười tăng gấp đôi cùng kỳ năm trước.')
    . $h('Dịch vụ homestay')
    . $p('Các bản Pác Ngòi, Bó Lù có thêm mười hai nhà nghỉ cộng đồng.'),
]);
set_post_thumbnail($made['manualExcerpt'], $lake['id']);

// 3. Starts with a heading: there is no first paragraph to lead with.
$made['headingFirst'] = $publish([
  'post_title' => 'Lịch tiếp công dân tháng Mười hai',
  'post_name' => 'lich-tiep-cong-dan-thang-muoi-hai',
  'post_date' => '2026-11-15 08:00:00',
  'post_category' => [$notices],
  'post_content' => $h('Lịch tiếp')
    . $table('Lịch tiếp công dân')
    . $p('Công dân mang theo giấy tờ tùy thân khi đến trụ sở tiếp công dân của tỉnh.'),
]);

// 4. Shortcodes, a gallery and an embed, as the classic editor and plugins leave them.
$made['media'] = $publish([
  'post_title' => 'Chợ phiên vùng cao cuối tuần',
  'post_name' => 'cho-phien-vung-cao-cuoi-tuan',
  'post_date' => '2026-11-12 07:00:00',
  'post_category' => [$culture, $economy],
  'post_content' => "[caption id=\"attachment_{$market['id']}\" align=\"alignnone\" width=\"2\"]<img class=\"size-full wp-image-{$market['id']}\" src=\"{$market['url']}\" alt=\"Người dân mua bán rau ở chợ phiên\" width=\"2\" height=\"2\" /> Chợ phiên Bằng Vân sáng Chủ nhật.[/caption]\n\n"
    . $p('Chợ phiên Bằng Vân họp mỗi Chủ nhật, bày bán rau rừng, thổ cẩm và gia súc.')
    . "<!-- wp:gallery {\"linkTo\":\"none\"} -->\n<figure class=\"wp-block-gallery has-nested-images columns-default is-cropped\">"
    . $img($bridge, 'Cây cầu treo mới bắc qua suối, người dân đi xe máy qua cầu', '') . $img($lake, 'Mặt hồ Ba Bể buổi sáng, sương trên núi đá vôi', 'Hồ Ba Bể.')
    . "</figure>\n<!-- /wp:gallery -->\n\n"
    . "<!-- wp:embed {\"url\":\"https://www.youtube.com/watch?v=abc123\",\"type\":\"video\",\"providerNameSlug\":\"youtube\"} -->\n<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=abc123\n</div><figcaption class=\"wp-element-caption\">Phóng sự về chợ phiên.</figcaption></figure>\n<!-- /wp:embed -->\n\n"
    . "[gallery ids=\"{$bridge['id']},{$lake['id']}\"]\n\n"
    . $p('Xem thêm: [unknown_plugin_shortcode foo="bar"] và <a href="' . getenv('LECTERN_WP_URL') . '/ho-ba-be-don-luong-khach-ky-luc/">Hồ Ba Bể đón lượng khách kỷ lục</a>.'),
]);

// 5. Sticky, and a Vietnamese title whose slug the editor typed with decomposed diacritics
//    (as some keyboards send them): WordPress keeps it percent-encoded.
$made['sticky'] = $publish([
  'post_title' => 'Thông báo tuyển dụng công chức năm 2027',
  'post_name' => 'thong-bao-tuyen-dung-cong-chuc-2027',
  'post_date' => '2026-11-10 10:00:00',
  'post_category' => [$notices],
  'post_content' => $p('Sở Nội vụ thông báo tuyển dụng 45 chỉ tiêu công chức cấp xã năm 2027.') . $list(['Nộp hồ sơ đến 31/12/2026', 'Thi viết tháng 2/2027']),
]);
stick_post($made['sticky']);
$made['vietnameseSlug'] = $publish([
  'post_title' => 'Đường tỉnh 258 được nâng cấp',
  'post_name' => "\u{0110}u\u{031B}\u{0300}o\u{031B}ng-ti\u{0309}nh-258",
  'post_date' => '2026-11-08 14:00:00',
  'post_category' => [$economy],
  'post_content' => $p('Tuyến đường tỉnh 258 từ Phủ Thông đến Chợ Rã được nâng cấp, rộng thêm hai mét.'),
]);

// Older posts, so that listing pages and categories have several pages.
for ($i = 1; $i <= 6; $i++) {
  $made['older'][] = $publish([
    'post_title' => "Bản tin kinh tế tuần $i",
    'post_name' => "ban-tin-kinh-te-tuan-$i",
    'post_date' => sprintf('2026-10-%02d 08:00:00', 30 - $i),
    'post_category' => [$economy],
    'post_content' => $p("Tóm tắt tin kinh tế tuần $i trong tỉnh: nông nghiệp, công nghiệp và dịch vụ.") . $p('Chi tiết xem trong các bài viết của chuyên mục.'),
  ]);
}

// Posts readers must never see: a password, a draft, a private one and a scheduled one.
$made['protected'] = $publish([
  'post_title' => 'Tài liệu hội nghị nội bộ',
  'post_name' => 'tai-lieu-hoi-nghi-noi-bo',
  'post_date' => '2026-11-05 09:00:00',
  'post_category' => [$notices],
  'post_password' => 'matkhau',
  'post_content' => $p('BI-MAT-NOI-DUNG: nội dung chỉ dành cho người có mật khẩu.'),
  'post_excerpt' => 'BI-MAT-TOM-TAT: tóm tắt chỉ dành cho người có mật khẩu.',
]);
$made['draft'] = $publish(['post_title' => 'BAN-NHAP bài chưa duyệt', 'post_name' => 'ban-nhap-bai-chua-duyet', 'post_status' => 'draft', 'post_category' => [$economy], 'post_content' => $p('BAN-NHAP nội dung.')]);
$made['private'] = $publish(['post_title' => 'RIENG-TU bài nội bộ', 'post_name' => 'rieng-tu-bai-noi-bo', 'post_status' => 'private', 'post_category' => [$economy], 'post_content' => $p('RIENG-TU nội dung.')]);
$made['scheduled'] = $publish(['post_title' => 'HEN-GIO bài đăng sau', 'post_name' => 'hen-gio-bai-dang-sau', 'post_status' => 'future', 'post_date' => '2099-01-01 08:00:00', 'post_category' => [$economy], 'post_content' => $p('HEN-GIO nội dung.')]);

// Pages: the static ones Lectern looks up, one with a parent.
$addPage = fn (array $fields) => $publish(array_merge(['post_type' => 'page'], $fields));
$made['pages']['gioi-thieu'] = $addPage(['post_title' => 'Giới thiệu', 'post_name' => 'gioi-thieu', 'post_content' => $p('Cổng thông tin điện tử của tỉnh, bản thử nghiệm.') . $h('Chức năng') . $p('Đăng tin, thông báo và văn bản.')]);
$made['pages']['lich-su'] = $addPage(['post_title' => 'Lịch sử hình thành', 'post_name' => 'lich-su-hinh-thanh', 'post_parent' => $made['pages']['gioi-thieu'], 'post_content' => $p('Tỉnh được tái lập năm 1997.')]);
$made['pages']['lien-he'] = $addPage(['post_title' => 'Liên hệ', 'post_name' => 'lien-he', 'post_content' => $p('Địa chỉ: số 7, đường Trường Chinh, thành phố Bắc Kạn.') . $list(['Điện thoại: 0209 000 000', 'Thư điện tử: congthongtin@example.invalid'])]);
$made['pages']['kha-nang-tiep-can'] = $addPage(['post_title' => 'Khả năng tiếp cận', 'post_name' => 'kha-nang-tiep-can', 'post_content' => $p('Trang này đáp ứng WCAG 2.2 mức AA.')]);

$made['slugs'] = [];
foreach ([$made['noExcerpt'], $made['manualExcerpt'], $made['headingFirst'], $made['media'], $made['sticky'], $made['vietnameseSlug']] as $id) {
  $made['slugs'][$id] = get_post_field('post_name', $id);
}
echo json_encode($made, JSON_UNESCAPED_UNICODE), "\n";
