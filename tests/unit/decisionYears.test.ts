import { describe, expect, test } from 'vitest';
import { decisionYears } from '../../src/lib/decisionYears';
import { problemMessage } from '../../src/lib/fieldLabels';

const decision = (id: string, number: string, issuedAt: string) => ({
  id,
  filePath: `content/awards/${id}.yaml`,
  data: { number, issuedAt: new Date(issuedAt) },
});

describe('decisionYears', () => {
  test('names a decision whose address ends in another year than it was signed in, and the address to give it', () => {
    const awards = [decision('qd-312-qd-ubnd-2026', '312/QĐ-UBND', '2025-12-28T00:00:00Z')];
    expect(decisionYears(awards).map((problem) => problemMessage(problem))).toEqual([
      'content/awards/qd-312-qd-ubnd-2026.yaml, trường "number": đường dẫn “qd-312-qd-ubnd-2026” ghi năm 2026, mà quyết định ký ngày 28/12/2025: sửa đường dẫn thành “qd-312-qd-ubnd-2025” (số quyết định mỗi năm đánh lại từ đầu, nên cuối đường dẫn là năm ký)',
    ]);
  });

  test('reads the year the decision was signed in Việt Nam, and the CMS\'s "-1" after an address taken', () => {
    // 17:30 UTC on 31/12/2025 is 00:30 on 1/1/2026 in Việt Nam.
    const awards = [
      decision('qd-1-qd-ubnd-2026', '1/QĐ-UBND', '2025-12-31T17:30:00Z'),
      decision('qd-205-qd-ubnd-2025-1', '205/QĐ-UBND', '2025-11-18T00:00:00Z'),
      decision('qd-205-qd-ubnd-2024-1', '205/QĐ-UBND', '2025-11-20T00:00:00Z'),
    ];
    expect(decisionYears(awards).map((problem) => problem.file)).toEqual(['content/awards/qd-205-qd-ubnd-2024-1.yaml']);
  });

  test('names a free address when that of the year signed is taken', () => {
    const awards = [
      decision('qd-205-qd-ubnd-2025', '205/QĐ-UBND', '2025-11-18T00:00:00Z'),
      decision('qd-205-qd-ubnd-2025-1', '205/QĐ-UBND', '2025-03-02T00:00:00Z'),
      decision('qd-205-qd-ubnd-2026', '205/QĐ-UBND', '2025-12-20T00:00:00Z'),
    ];
    expect(decisionYears(awards).map((problem) => problem.problem)).toEqual([
      'đường dẫn “qd-205-qd-ubnd-2026” ghi năm 2026, mà quyết định ký ngày 20/12/2025: sửa đường dẫn thành “qd-205-qd-ubnd-2025-2” (số quyết định mỗi năm đánh lại từ đầu, nên cuối đường dẫn là năm ký)',
    ]);
  });

  test('reads the year after a number cut short, or one ending in four digits itself', () => {
    const long = `${'9'.repeat(120)}/QĐ-UBND`;
    const awards = [
      decision(`qd-${'9'.repeat(92)}-2026`, long, '2025-12-20T00:00:00Z'),
      decision('qd-12-qd-2025-2026', '12/QĐ-2025', '2025-12-20T00:00:00Z'),
      decision('qd-12-qd-2025-2025', '12/QĐ-2025', '2025-12-21T00:00:00Z'),
    ];
    expect(decisionYears(awards).map((problem) => problem.file)).toEqual([`content/awards/qd-${'9'.repeat(92)}-2026.yaml`, 'content/awards/qd-12-qd-2025-2026.yaml']);
  });

  test('leaves alone an address not made from the number, even one ending in four digits', () => {
    const awards = [decision('qd-bench-2024', '1001/QĐ-UBND', '2025-09-08T00:00:00Z'), decision('khen-thuong-tet', '12/QĐ-UBND', '2025-01-20T00:00:00Z')];
    expect(decisionYears(awards)).toEqual([]);
  });
});
