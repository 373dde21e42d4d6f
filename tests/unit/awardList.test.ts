import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { CollectionEntry } from 'astro:content';
import { describe, expect, test } from 'vitest';
import AwardList from '../../src/components/AwardList.astro';

type Award = CollectionEntry<'awards'>;
type Recipient = Award['data']['recipients'][number];

const person = (name: string, unit: string): Recipient => ({ name, kind: 'ca-nhan', unit: { collection: 'units', id: unit } });

/** A decision naming one person of Tiểu khu 1 and one of another unit, in force or revoked. */
const decision = (revoked: boolean) =>
  ({
    id: 'qd-9-qd-ubnd-2025',
    collection: 'awards',
    data: {
      title: 'Về việc khen thưởng cá nhân',
      number: '9/QĐ-UBND',
      issuedAt: new Date('2025-12-08T00:00:00+07:00'),
      issuer: 'Ủy ban nhân dân xã Hà Trung',
      signer: { name: 'Trần Văn Y', title: 'Phó Chủ tịch' },
      form: 'giay-khen-xa',
      reason: 'Có thành tích.',
      recipients: [person('Ông Lê Văn C', 'tieu-khu-1'), person('Bà Phạm Thị D', 'trung-tam-cung-ung-dich-vu-cong')],
      status: revoked ? 'thu-hoi' : 'hieu-luc',
      ...(revoked && { revokedAt: new Date('2025-12-20T00:00:00+07:00'), statusNote: 'Thu hồi.' }),
      sample: false,
    },
  }) as unknown as Award;

/** The lines a resident reads under the decision on Tiểu khu 1's page. */
async function linesOnUnitPage(award: Award): Promise<string[]> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(AwardList, { props: { items: [award], of: { name: 'Tiểu khu 1', ids: ['tieu-khu-1'] } } });
  return [...html.matchAll(/<p class="mt-1 max-w-3xl text-base">([\s\S]*?)<\/p>/g)].map(([, text]) => text!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

// A unit's page names its own people apart from the others a decision commends; under a revoked decision, neither
// line may read as a commendation that stands.
describe("AwardList on a unit's page", () => {
  test('a decision in force: its people commended there, then the others', async () => {
    expect(await linesOnUnitPage(decision(false))).toEqual([
      'Giấy khen của Chủ tịch UBND xã · 2 cá nhân',
      'Được khen ở Tiểu khu 1: ông Lê Văn C',
      'Cùng được khen: bà Phạm Thị D',
    ]);
  });

  test('a revoked decision: its people and the others, each as revoked', async () => {
    expect(await linesOnUnitPage(decision(true))).toEqual([
      'Giấy khen của Chủ tịch UBND xã · 2 cá nhân',
      'Đã thu hồi khen thưởng ở Tiểu khu 1: ông Lê Văn C',
      'Cùng bị thu hồi khen thưởng: bà Phạm Thị D',
    ]);
  });
});
