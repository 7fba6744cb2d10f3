import { caseCategories, type CaseCategory } from '@hanoi/contracts';
import type { Collection } from 'mongoose';
import { buildCase } from '../../services/petitions/src/domain/case';
import { administrativeUnits, agencies } from '../seed/directory';

/** `createdBy` of synthetic cases: how they are counted and removed, apart from real ones. */
export const syntheticMarker = 'benchmark';

/** Id of the `index`-th synthetic case (0 ≤ index < 1,000,000): ordered as the index, so ranges select batches. */
const syntheticId = (index: number) => `bench-${String(index).padStart(6, '0')}`;

/** Most cases one delete removes: FerretDB 1.24 (SQLite) deletes with one SQL variable per document, ≤ 32,766. */
const deleteBatch = 10_000;

/**
 * Synthetic but realistic petitions for benchmarks: Hanoi's units valid on each case's date (districts before
 * 1 July 2025, wards and communes after), the agency competent there, Vietnamese subjects, kinds and statuses
 * in the proportions the city reports (about 83% of feedback resolved). Deterministic for a given seed.
 */
export function createPetitionGenerator(seed = 2026) {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32: small, fast, good enough to spread synthetic data.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(entries: [T, number][]): T => {
    let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
    return entries[0]![0];
  };

  const reform = Date.UTC(2025, 6, 1);
  const districts = administrativeUnits.filter((unit) => unit.validTo === '2025-06-30');
  const communes = administrativeUnits.filter((unit) => unit.validFrom === '2025-07-01');
  const committeeOf = new Map(agencies.filter((a) => a.administrativeUnitId).map((a) => [a.administrativeUnitId!, a.id]));
  const departments = agencies.filter((agency) => agency.kind === 'DEPARTMENT').map((agency) => agency.id);
  const categories = Object.keys(caseCategories) as CaseCategory[];
  const subjects: Record<CaseCategory, string[]> = {
    LAND_HOUSING: ['Tranh chấp ranh giới thửa đất', 'Chậm cấp giấy chứng nhận quyền sử dụng đất', 'Bồi thường khi thu hồi đất chưa thỏa đáng'],
    CONSTRUCTION_URBAN_ORDER: ['Công trình xây dựng không phép', 'Lấn chiếm vỉa hè để kinh doanh', 'Xây dựng sai giấy phép, cơi nới tầng'],
    ENVIRONMENT: ['Rác thải tồn đọng trong ngõ', 'Tiếng ồn từ xưởng sản xuất ban đêm', 'Ô nhiễm khói bụi từ công trình'],
    TRANSPORT: ['Mặt đường xuống cấp, nhiều ổ gà', 'Đề nghị lắp đèn tín hiệu giao thông', 'Ùn tắc kéo dài giờ cao điểm'],
    SOCIAL_POLICY: ['Chậm chi trả trợ cấp người có công', 'Xét hộ nghèo chưa công khai', 'Hỗ trợ người lao động mất việc'],
    HEALTH: ['Thái độ phục vụ tại trạm y tế', 'Vệ sinh an toàn thực phẩm tại chợ', 'Thiếu thuốc bảo hiểm y tế'],
    EDUCATION: ['Thu các khoản ngoài quy định tại trường', 'Thiếu chỗ học mầm non', 'Tuyển sinh đầu cấp chưa minh bạch'],
    MISCONDUCT_CORRUPTION: ['Cán bộ nhũng nhiễu khi giải quyết hồ sơ', 'Sai phạm trong quản lý đất công', 'Thu phí sai quy định'],
    OTHER: ['Đề nghị lắp camera an ninh khu dân cư', 'Chó thả rông không rọ mõm', 'Mất điện kéo dài'],
  };
  const streets = ['Hàng Bông', 'Cầu Giấy', 'Đội Cấn', 'Kim Mã', 'Láng Hạ', 'Nguyễn Trãi', 'Giải Phóng', 'Minh Khai', 'Lạc Long Quân', 'Trần Duy Hưng'];

  return function next(index: number) {
    const receivedOn = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 1_060) * 86_400_000);
    const unit = pick(receivedOn.getTime() < reform ? districts : communes);
    const kind = weighted<string>([['FEEDBACK', 45], ['RECOMMENDATION', 20], ['COMPLAINT', 18], ['DENUNCIATION', 5], ['VOTER_RECOMMENDATION', 10], ['SECOND_COMPLAINT', 2]]);
    const channel = kind === 'VOTER_RECOMMENDATION' ? 'VOTER_MEETING' : weighted<string>([['ONLINE', 50], ['CITIZEN_RECEPTION', 25], ['MAIL', 20], ['FORWARDED', 5]]);
    const category = kind === 'DENUNCIATION' ? weighted<CaseCategory>([['MISCONDUCT_CORRUPTION', 6], ['LAND_HOUSING', 3], ['OTHER', 1]]) : pick(categories);
    const agencyId = weighted<string>([[committeeOf.get(unit.id) ?? 'committee', 60], [pick(departments), 35], ['committee', 5]]);
    const old = Date.UTC(2026, 9, 1) - receivedOn.getTime() > 0;
    const status = old
      ? weighted<string>([['CLOSED', 60], ['RESOLVED', 23], ['IN_PROGRESS', 8], ['ACCEPTED', 4], ['DECLINED', 3], ['RECEIVED', 2]])
      : weighted<string>([['RECEIVED', 35], ['ACCEPTED', 25], ['IN_PROGRESS', 25], ['RESOLVED', 10], ['DECLINED', 5]]);
    const open = status === 'RECEIVED' || status === 'ACCEPTED' || status === 'IN_PROGRESS';
    const dueOn = open && kind !== 'FEEDBACK' ? new Date(receivedOn.getTime() + (kind === 'COMPLAINT' ? 10 : 45) * 86_400_000) : null;
    const subject = `${pick(subjects[category])} tại số ${1 + Math.floor(random() * 200)} ${pick(streets)}`;
    const description = `${subject}. Người dân đề nghị cơ quan có thẩm quyền xem xét, giải quyết dứt điểm.`;
    const deadline = kind === 'COMPLAINT'
      ? { kind: 'ACCEPTANCE' as const, ruleId: 'COMPLAINT_ACCEPTANCE', legalBasis: 'Law on Complaints 2011, art. 27' }
      : { kind: 'RESOLUTION' as const, ruleId: 'COMPLAINT_FIRST_RESOLUTION', legalBasis: 'Law on Complaints 2011, art. 28' };
    // The service's own case builder: benchmark rows have every field a real case has.
    return {
      ...buildCase({
        _id: syntheticId(index),
        kind,
        channel,
        subject,
        description,
        category,
        receivedOn,
        administrativeUnitId: unit.id,
        agencyId,
        suggestedAgencyId: agencyId,
        deadlines: dueOn ? [{ ...deadline, dueOn, basis: 'benchmark data', provisional: false, metOn: null, missedNotified: false }] : [],
        createdBy: syntheticMarker,
      }),
      status,
      createdAt: receivedOn,
    };
  };
}

function progressBar(done: number, total: number, began: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = done / Math.max((Date.now() - began) / 1000, 0.001);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${Math.round(rate).toLocaleString('en')} cases/s`;
}

/**
 * Makes the petitions collection hold exactly `total` synthetic cases (deterministic: the same ones every time),
 * with a progress bar on stderr. Straight into the collection, without events: synthetic data must not reach
 * other services. Reloads when the count differs or `reset` is set; real cases are never touched.
 */
export async function loadSyntheticPetitions(
  petitions: Collection,
  total: number,
  options: { reset?: boolean; say: (message: string) => void },
): Promise<{ loaded: boolean; seconds: number }> {
  const existing = await petitions.countDocuments({ createdBy: syntheticMarker });
  if (!options.reset && existing === total) {
    options.say(`${existing.toLocaleString('en')} synthetic cases already loaded (--reset to reload)`);
    return { loaded: false, seconds: 0 };
  }
  for (let start = 0, left = existing; left > 0 && start < 1_000_000; start += deleteBatch) {
    const range = { $gte: syntheticId(start), $lt: start + deleteBatch < 1_000_000 ? syntheticId(start + deleteBatch) : 'bench-~' };
    left -= (await petitions.deleteMany({ _id: range as never, createdBy: syntheticMarker })).deletedCount;
    options.say(`removed synthetic cases: ${(existing - left).toLocaleString('en')}/${existing.toLocaleString('en')}`);
  }
  options.say(`loading ${total.toLocaleString('en')} synthetic cases into ${petitions.dbName}.${petitions.collectionName} (no events)`);
  const next = createPetitionGenerator();
  const began = Date.now();
  const batch = 2_000;
  for (let start = 0; start < total; start += batch) {
    await petitions.insertMany(Array.from({ length: Math.min(batch, total - start) }, (_, i) => next(start + i)) as never[], { ordered: false });
    process.stderr.write(`\r${progressBar(Math.min(start + batch, total), total, began)}`);
  }
  process.stderr.write('\n');
  const seconds = (Date.now() - began) / 1000;
  options.say(`loaded in ${seconds.toFixed(1)} s`);
  return { loaded: true, seconds };
}
