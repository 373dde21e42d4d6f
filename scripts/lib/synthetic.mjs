// Synthetic but realistic Vietnamese content for benchmarks: N entries across news, stories, awards and units, with
// valid references, written into a copy of the site. Deterministic (seeded), so two runs build the same site.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEWS_CATEGORIES as CATEGORIES, STORY_FIELDS as FIELDS, SUBJECT_KINDS as KINDS } from '../../src/lib/options.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A small seeded random generator (mulberry32): the same N gives the same site. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Đồng Xá', 'Yên Thái', 'Đại Lan', 'Trung Sơn', 'Đông Hòa', 'Hà Phú', 'Bình Lâm', 'Đức Thịnh', 'Tây Đô', 'Nghĩa Đụng'];
const ACTIONS = [
  'đẩy mạnh phong trào thi đua cao điểm',
  'hoàn thành giải phóng mặt bằng đường sắt cao tốc Bắc – Nam',
  'ra quân làm đường giao thông nông thôn',
  'ứng dụng chuyển đổi số trong thủ tục hành chính',
  'phát triển mô hình rau an toàn',
  'chăm lo hộ nghèo, gia đình chính sách',
  'giữ vững an ninh trật tự ở khu dân cư',
  'thi đua chào mừng Đại hội Đảng bộ xã',
  'biểu dương gương người tốt, việc tốt',
  'xây dựng khu dân cư văn hóa kiểu mẫu',
];
const SENTENCES = [
  'Phong trào thi đua được triển khai sâu rộng đến từng thôn, tiểu khu và hộ gia đình trên địa bàn xã.',
  'Cán bộ, đảng viên gương mẫu đi đầu, vận động Nhân dân cùng tham gia với tinh thần đoàn kết, sáng tạo.',
  'Nhiều hộ gia đình tự nguyện hiến đất, góp ngày công để mở rộng đường làng, ngõ xóm.',
  'Ủy ban nhân dân xã đã kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu.',
  'Bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến, rút ngắn thời gian giải quyết thủ tục hành chính.',
  'Các hợp tác xã mở rộng diện tích sản xuất theo hướng nông nghiệp xanh, hữu cơ, tuần hoàn.',
  'Mặt trận Tổ quốc và các đoàn thể phối hợp tuyên truyền, tạo sức lan tỏa trong các tầng lớp Nhân dân.',
  'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội 6 tháng cuối năm đạt và vượt kế hoạch đề ra.',
  'Lực lượng công an, dân quân tăng cường tuần tra, bảo đảm an ninh chính trị, trật tự an toàn xã hội.',
  'Đại hội đại biểu Đảng bộ xã Hà Trung lần thứ I, nhiệm kỳ 2025-2030 là sự kiện chính trị quan trọng của địa phương.',
  'Doanh nghiệp tạo việc làm ổn định, đóng bảo hiểm đầy đủ cho người lao động và tích cực ủng hộ an sinh xã hội.',
  'Những tấm gương điển hình tiên tiến là nguồn động viên lớn để phong trào thi đua ngày càng lan tỏa.',
];
const TAGS = ['thi đua', 'Đảng bộ', 'chuyển đổi số', 'giải phóng mặt bằng', 'nông thôn mới', 'an sinh', 'khen thưởng'];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const day = (rnd) => new Date(Date.UTC(2025, 6, 1) + Math.floor(rnd() * 180) * 86_400_000).toISOString().slice(0, 10);
const paragraphs = (rnd, count) =>
  Array.from({ length: count }, () => Array.from({ length: 4 }, () => pick(rnd, SENTENCES)).join(' ')).join('\n\n');
const yamlString = (s) => JSON.stringify(s);

/**
 * Writes `n` entries into `dir`/content: 60 % news, 25 % stories, 15 % reward decisions, plus one village per 50
 * entries, and at least 10. Returns the counts.
 */
function writeSyntheticContent(dir, n) {
  const rnd = random(n);
  const units = Math.max(10, Math.round(n / 50));
  const news = Math.round(n * 0.6);
  const stories = Math.round(n * 0.25);
  const awards = n - news - stories;
  for (const sub of ['units', 'news', 'stories', 'awards']) mkdirSync(join(dir, 'content', sub), { recursive: true });

  const unitIds = Array.from({ length: units }, (_, i) => `thon-bench-${i + 1}`);
  unitIds.forEach((id, i) =>
    writeFileSync(
      join(dir, 'content/units', `${id}.yaml`),
      `name: ${yamlString(`Thôn ${pick(rnd, PLACES)} ${i + 1}`)}\nkind: thon\ndescription: ${yamlString(paragraphs(rnd, 1))}\nsample: true\n`,
    ),
  );
  const storyIds = Array.from({ length: stories }, (_, i) => `guong-bench-${i + 1}`);
  const awardIds = Array.from({ length: awards }, (_, i) => `qd-bench-${i + 1}`);

  for (let i = 0; i < news; i++) {
    const place = pick(rnd, PLACES);
    const tags = [pick(rnd, TAGS), pick(rnd, TAGS)].filter((t, j, all) => all.indexOf(t) === j);
    const front = [
      `title: ${yamlString(`Thôn ${place} ${pick(rnd, ACTIONS)} (${i + 1})`)}`,
      `summary: ${yamlString(pick(rnd, SENTENCES))}`,
      `publishedAt: ${day(rnd)}`,
      `category: ${pick(rnd, CATEGORIES)}`,
      `tags: [${tags.map(yamlString).join(', ')}]`,
      `units: [${pick(rnd, unitIds)}]`,
      'plan: thi-dua-cao-diem-2025',
      'sample: true',
    ];
    mkdirSync(join(dir, 'content/news', `tin-bench-${i + 1}`), { recursive: true });
    writeFileSync(join(dir, 'content/news', `tin-bench-${i + 1}`, 'index.md'), `---\n${front.join('\n')}\n---\n\n${paragraphs(rnd, 5)}\n`);
  }
  storyIds.forEach((id, i) => {
    const front = [
      `title: ${yamlString(`Gương sáng ở ${pick(rnd, PLACES)}: ${pick(rnd, ACTIONS)} (${i + 1})`)}`,
      'subject:',
      `  name: ${yamlString(`Ông Nguyễn Văn A${i + 1}`)}`,
      `  kind: ${pick(rnd, KINDS)}`,
      `unit: ${pick(rnd, unitIds)}`,
      `field: ${pick(rnd, FIELDS)}`,
      `summary: ${yamlString(pick(rnd, SENTENCES))}`,
      `publishedAt: ${day(rnd)}`,
      `awards: [${awardIds.length ? pick(rnd, awardIds) : ''}]`,
      'plan: thi-dua-cao-diem-2025',
      'sample: true',
    ];
    mkdirSync(join(dir, 'content/stories', id), { recursive: true });
    writeFileSync(join(dir, 'content/stories', id, 'index.md'), `---\n${front.join('\n')}\n---\n\n${paragraphs(rnd, 5)}\n`);
  });
  awardIds.forEach((id, i) => {
    const recipients = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () =>
      [`  - name: ${yamlString(`Bà Trần Thị B${i + 1}`)}`, `    kind: ${pick(rnd, KINDS)}`, `    unit: ${pick(rnd, unitIds)}`, `    story: ${pick(rnd, storyIds)}`].join('\n'),
    );
    const front = [
      `title: ${yamlString(`Về việc khen thưởng tập thể, cá nhân ${pick(rnd, ACTIONS)}`)}`,
      // From 1001: the example decisions hold 152 to 226 of 2025, and one number twice in a year from one issuer is
      // a decision entered twice, which stops the build (src/lib/sameDecisions.ts).
      `number: "${i + 1001}/QĐ-UBND"`,
      `issuedAt: ${day(rnd)}`,
      'issuer: Ủy ban nhân dân xã Hà Trung',
      'signer:\n  name: Trịnh Hồng Sơn\n  title: Chủ tịch',
      'form: giay-khen-xa',
      `reason: ${yamlString(pick(rnd, SENTENCES))}`,
      'plan: thi-dua-cao-diem-2025',
      `recipients:\n${recipients.join('\n')}`,
      'sample: true',
    ];
    writeFileSync(join(dir, 'content/awards', `${id}.yaml`), `${front.join('\n')}\n`);
  });
  return { units, news, stories, awards };
}

/**
 * Gives `dir` the project's packages, linked one by one, but a cache folder (node_modules/.astro) of its own: Astro
 * keeps its content store and images there, and the site its preview pictures, so two benchmark sites never share a
 * cache and a first build really starts empty.
 */
export function linkPackages(dir) {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** A temporary copy of the site (source, config, content, node_modules linked) with `n` synthetic entries added. */
export function syntheticSite(n) {
  const dir = mkdtempSync(join(tmpdir(), `ha-trung-bench-${n}-`));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'keystatic.config.ts']) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  linkPackages(dir);
  const counts = writeSyntheticContent(dir, n);
  return { dir, counts, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
