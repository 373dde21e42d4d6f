import { describe, expect, test } from 'vitest';
import { problemMessage } from '../../src/lib/fieldLabels';
import { sameDecisions } from '../../src/lib/sameDecisions';

const decision = (id: string, number: string, issuer: string, day: string) => ({
  id,
  filePath: `content/awards/${id}.yaml`,
  data: { number, issuer, issuedAt: new Date(`${day}T00:00:00Z`) },
});

describe('sameDecisions', () => {
  test('names a decision entered twice, with the file it repeats', () => {
    const awards = [
      decision('qd-205-qd-ubnd-2025', '205/QĐ-UBND', 'Ủy ban nhân dân xã Hà Trung', '2025-11-18'),
      decision('qd-205-qd-ubnd-2025-1', '205/qđ-UBND', 'Ủy ban nhân dân xã Hà Trung', '2025-11-20'),
    ];
    expect(sameDecisions(awards).map((problem) => problemMessage(problem))).toEqual([
      'content/awards/qd-205-qd-ubnd-2025-1.yaml, trường "number": quyết định 205/qđ-UBND của Ủy ban nhân dân xã Hà Trung năm 2025 cũng có ở content/awards/qd-205-qd-ubnd-2025.yaml (mỗi quyết định chỉ nhập một lần: giữ một tệp, xóa tệp kia; nếu là quyết định khác, xem lại số quyết định)',
    ]);
  });

  test('knows the issuer written with its abbreviation, other spaces or other capitals', () => {
    const awards = [
      decision('qd-231-qd-ubnd-2026', '231/QĐ-UBND', 'Ủy ban nhân dân xã Hà Trung', '2026-12-01'),
      decision('qd-231-qd-ubnd-2026-1', '231/QĐ-UBND ', 'UBND  xã Hà Trung', '2026-12-01'),
      decision('qd-231-qd-ubnd-2026-2', '231/QĐ-UBND', 'ủy ban nhân dân xã hà trung', '2026-12-02'),
    ];
    expect(sameDecisions(awards).map((problem) => problem.file)).toEqual(['content/awards/qd-231-qd-ubnd-2026-1.yaml', 'content/awards/qd-231-qd-ubnd-2026-2.yaml']);
  });

  test('takes the same number in another year, or from another issuer', () => {
    const awards = [
      decision('a', '205/QĐ-UBND', 'Ủy ban nhân dân xã Hà Trung', '2025-11-18'),
      decision('b', '205/QĐ-UBND', 'Ủy ban nhân dân xã Hà Trung', '2026-01-05'),
      decision('c', '205/QĐ-UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', '2025-03-02'),
    ];
    expect(sameDecisions(awards)).toEqual([]);
  });
});
