/**
 * Seed data of the committee's directory, as plain data matching the `createAdministrativeUnit` and `createAgency`
 * inputs of schemas/committee.graphql (dates are `YYYY-MM-DD` strings, as GraphQL variables carry them).
 * Send them in array order: units before the agencies that govern them, predecessors before their successors,
 * parents before their children.
 *
 * Geography: Hanoi's 30 district-level units before the reform (12 quận, 17 huyện, thị xã Sơn Tây), which ended on
 * 30 June 2025 when the district level was abolished, and a sample of the 126 commune-level units (51 phường,
 * 75 xã) valid from 1 July 2025. The real rearrangement was made ward by ward; here each new unit links to the
 * former district(s) its territory came from, main one first.
 *
 * Departments carry the names valid today, after the 2025 restructuring of the city's departments (e.g. Sở Giao
 * thông vận tải merged into Sở Xây dựng; Sở Tài nguyên và Môi trường and Sở Nông nghiệp và Phát triển nông thôn into
 * Sở Nông nghiệp và Môi trường; Sở Lao động - Thương binh và Xã hội into Sở Nội vụ; Sở Kế hoạch và Đầu tư into Sở Tài
 * chính). Their founding dates are left open (validFrom null): the directory's history starts with them as they are.
 */

export interface SeedAdministrativeUnit {
  id: string;
  name: string;
  kind: 'URBAN_DISTRICT' | 'RURAL_DISTRICT' | 'TOWN' | 'WARD' | 'COMMUNE';
  validFrom?: string;
  validTo?: string;
  parentId?: string;
  predecessorIds?: string[];
}

export interface SeedAgency {
  id: string;
  name: string;
  shortName: string;
  kind: 'CITY_BODY' | 'DEPARTMENT' | 'DISTRICT_COMMITTEE' | 'COMMUNE_COMMITTEE';
  level: 'CITY' | 'DISTRICT' | 'COMMUNE';
  parentId?: string;
  administrativeUnitId?: string;
  validFrom?: string;
  validTo?: string;
}

export const administrativeUnits: SeedAdministrativeUnit[] = [
  // District level until 30 June 2025: 12 urban districts (quận), 17 rural districts (huyện), 1 town (thị xã).
  { id: 'quan-ba-dinh', name: 'Quận Ba Đình', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-hoan-kiem', name: 'Quận Hoàn Kiếm', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-tay-ho', name: 'Quận Tây Hồ', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-long-bien', name: 'Quận Long Biên', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-cau-giay', name: 'Quận Cầu Giấy', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-dong-da', name: 'Quận Đống Đa', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-hai-ba-trung', name: 'Quận Hai Bà Trưng', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-hoang-mai', name: 'Quận Hoàng Mai', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-thanh-xuan', name: 'Quận Thanh Xuân', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-nam-tu-liem', name: 'Quận Nam Từ Liêm', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-bac-tu-liem', name: 'Quận Bắc Từ Liêm', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'quan-ha-dong', name: 'Quận Hà Đông', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-soc-son', name: 'Huyện Sóc Sơn', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-dong-anh', name: 'Huyện Đông Anh', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-gia-lam', name: 'Huyện Gia Lâm', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-thanh-tri', name: 'Huyện Thanh Trì', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-me-linh', name: 'Huyện Mê Linh', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-ba-vi', name: 'Huyện Ba Vì', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-phuc-tho', name: 'Huyện Phúc Thọ', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-dan-phuong', name: 'Huyện Đan Phượng', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-hoai-duc', name: 'Huyện Hoài Đức', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-quoc-oai', name: 'Huyện Quốc Oai', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-thach-that', name: 'Huyện Thạch Thất', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-chuong-my', name: 'Huyện Chương Mỹ', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-thanh-oai', name: 'Huyện Thanh Oai', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-thuong-tin', name: 'Huyện Thường Tín', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-phu-xuyen', name: 'Huyện Phú Xuyên', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-ung-hoa', name: 'Huyện Ứng Hòa', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'huyen-my-duc', name: 'Huyện Mỹ Đức', kind: 'RURAL_DISTRICT', validTo: '2025-06-30' },
  { id: 'thi-xa-son-tay', name: 'Thị xã Sơn Tây', kind: 'TOWN', validTo: '2025-06-30' },
  // Commune level from 1 July 2025 (a sample of the 51 wards and 75 communes).
  { id: 'phuong-hoan-kiem', name: 'Phường Hoàn Kiếm', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-hoan-kiem'] },
  { id: 'phuong-cua-nam', name: 'Phường Cửa Nam', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-hoan-kiem'] },
  { id: 'phuong-ba-dinh', name: 'Phường Ba Đình', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-ba-dinh'] },
  { id: 'phuong-ngoc-ha', name: 'Phường Ngọc Hà', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-ba-dinh'] },
  { id: 'phuong-giang-vo', name: 'Phường Giảng Võ', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-ba-dinh', 'quan-dong-da'] },
  { id: 'phuong-hai-ba-trung', name: 'Phường Hai Bà Trưng', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-hai-ba-trung'] },
  { id: 'phuong-dong-da', name: 'Phường Đống Đa', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-dong-da'] },
  { id: 'phuong-cau-giay', name: 'Phường Cầu Giấy', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-cau-giay'] },
  { id: 'phuong-tay-ho', name: 'Phường Tây Hồ', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-tay-ho'] },
  { id: 'phuong-ha-dong', name: 'Phường Hà Đông', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-ha-dong'] },
  { id: 'phuong-son-tay', name: 'Phường Sơn Tây', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['thi-xa-son-tay'] },
  { id: 'xa-soc-son', name: 'Xã Sóc Sơn', kind: 'COMMUNE', validFrom: '2025-07-01', predecessorIds: ['huyen-soc-son'] },
  { id: 'xa-dong-anh', name: 'Xã Đông Anh', kind: 'COMMUNE', validFrom: '2025-07-01', predecessorIds: ['huyen-dong-anh'] },
  { id: 'xa-gia-lam', name: 'Xã Gia Lâm', kind: 'COMMUNE', validFrom: '2025-07-01', predecessorIds: ['huyen-gia-lam'] },
  { id: 'xa-thanh-tri', name: 'Xã Thanh Trì', kind: 'COMMUNE', validFrom: '2025-07-01', predecessorIds: ['huyen-thanh-tri'] },
];

export const agencies: SeedAgency[] = [
  // The four city bodies that signed the coordination regulation.
  { id: 'delegation', name: 'Đoàn đại biểu Quốc hội thành phố Hà Nội', shortName: 'Đoàn ĐBQH thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'council', name: 'Thường trực Hội đồng nhân dân thành phố Hà Nội', shortName: 'Thường trực HĐND thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội', shortName: 'UBND thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'front', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', shortName: 'Ủy ban MTTQ Việt Nam thành phố', kind: 'CITY_BODY', level: 'CITY' },
  // Departments and city-level agencies the committee routes cases to.
  { id: 'so-xay-dung', name: 'Sở Xây dựng thành phố Hà Nội', shortName: 'Sở Xây dựng', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-nong-nghiep-va-moi-truong', name: 'Sở Nông nghiệp và Môi trường thành phố Hà Nội', shortName: 'Sở Nông nghiệp và Môi trường', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-quy-hoach-kien-truc', name: 'Sở Quy hoạch - Kiến trúc thành phố Hà Nội', shortName: 'Sở Quy hoạch - Kiến trúc', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-y-te', name: 'Sở Y tế thành phố Hà Nội', shortName: 'Sở Y tế', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo thành phố Hà Nội', shortName: 'Sở Giáo dục và Đào tạo', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-noi-vu', name: 'Sở Nội vụ thành phố Hà Nội', shortName: 'Sở Nội vụ', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-tai-chinh', name: 'Sở Tài chính thành phố Hà Nội', shortName: 'Sở Tài chính', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-tu-phap', name: 'Sở Tư pháp thành phố Hà Nội', shortName: 'Sở Tư pháp', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-cong-thuong', name: 'Sở Công Thương thành phố Hà Nội', shortName: 'Sở Công Thương', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'thanh-tra-thanh-pho', name: 'Thanh tra thành phố Hà Nội', shortName: 'Thanh tra thành phố', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  // The city police answer to the Ministry of Public Security; listed under the committee because cases on public
  // order are routed to them through it.
  { id: 'cong-an-thanh-pho', name: 'Công an thành phố Hà Nội', shortName: 'Công an thành phố', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  // District-level committees, until the district level ended on 30 June 2025.
  { id: 'ubnd-quan-ba-dinh', name: 'Ủy ban nhân dân quận Ba Đình', shortName: 'UBND quận Ba Đình', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-ba-dinh', validTo: '2025-06-30' },
  { id: 'ubnd-quan-hoan-kiem', name: 'Ủy ban nhân dân quận Hoàn Kiếm', shortName: 'UBND quận Hoàn Kiếm', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-hoan-kiem', validTo: '2025-06-30' },
  { id: 'ubnd-quan-tay-ho', name: 'Ủy ban nhân dân quận Tây Hồ', shortName: 'UBND quận Tây Hồ', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-tay-ho', validTo: '2025-06-30' },
  { id: 'ubnd-quan-long-bien', name: 'Ủy ban nhân dân quận Long Biên', shortName: 'UBND quận Long Biên', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-long-bien', validTo: '2025-06-30' },
  { id: 'ubnd-quan-cau-giay', name: 'Ủy ban nhân dân quận Cầu Giấy', shortName: 'UBND quận Cầu Giấy', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-cau-giay', validTo: '2025-06-30' },
  { id: 'ubnd-quan-dong-da', name: 'Ủy ban nhân dân quận Đống Đa', shortName: 'UBND quận Đống Đa', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-dong-da', validTo: '2025-06-30' },
  { id: 'ubnd-quan-hai-ba-trung', name: 'Ủy ban nhân dân quận Hai Bà Trưng', shortName: 'UBND quận Hai Bà Trưng', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-hai-ba-trung', validTo: '2025-06-30' },
  { id: 'ubnd-quan-hoang-mai', name: 'Ủy ban nhân dân quận Hoàng Mai', shortName: 'UBND quận Hoàng Mai', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-hoang-mai', validTo: '2025-06-30' },
  { id: 'ubnd-quan-thanh-xuan', name: 'Ủy ban nhân dân quận Thanh Xuân', shortName: 'UBND quận Thanh Xuân', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-thanh-xuan', validTo: '2025-06-30' },
  { id: 'ubnd-quan-nam-tu-liem', name: 'Ủy ban nhân dân quận Nam Từ Liêm', shortName: 'UBND quận Nam Từ Liêm', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-nam-tu-liem', validTo: '2025-06-30' },
  { id: 'ubnd-quan-bac-tu-liem', name: 'Ủy ban nhân dân quận Bắc Từ Liêm', shortName: 'UBND quận Bắc Từ Liêm', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-bac-tu-liem', validTo: '2025-06-30' },
  { id: 'ubnd-quan-ha-dong', name: 'Ủy ban nhân dân quận Hà Đông', shortName: 'UBND quận Hà Đông', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'quan-ha-dong', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-soc-son', name: 'Ủy ban nhân dân huyện Sóc Sơn', shortName: 'UBND huyện Sóc Sơn', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-soc-son', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-dong-anh', name: 'Ủy ban nhân dân huyện Đông Anh', shortName: 'UBND huyện Đông Anh', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-dong-anh', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-gia-lam', name: 'Ủy ban nhân dân huyện Gia Lâm', shortName: 'UBND huyện Gia Lâm', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-gia-lam', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-thanh-tri', name: 'Ủy ban nhân dân huyện Thanh Trì', shortName: 'UBND huyện Thanh Trì', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-thanh-tri', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-me-linh', name: 'Ủy ban nhân dân huyện Mê Linh', shortName: 'UBND huyện Mê Linh', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-me-linh', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-ba-vi', name: 'Ủy ban nhân dân huyện Ba Vì', shortName: 'UBND huyện Ba Vì', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-ba-vi', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-phuc-tho', name: 'Ủy ban nhân dân huyện Phúc Thọ', shortName: 'UBND huyện Phúc Thọ', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-phuc-tho', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-dan-phuong', name: 'Ủy ban nhân dân huyện Đan Phượng', shortName: 'UBND huyện Đan Phượng', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-dan-phuong', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-hoai-duc', name: 'Ủy ban nhân dân huyện Hoài Đức', shortName: 'UBND huyện Hoài Đức', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-hoai-duc', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-quoc-oai', name: 'Ủy ban nhân dân huyện Quốc Oai', shortName: 'UBND huyện Quốc Oai', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-quoc-oai', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-thach-that', name: 'Ủy ban nhân dân huyện Thạch Thất', shortName: 'UBND huyện Thạch Thất', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-thach-that', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-chuong-my', name: 'Ủy ban nhân dân huyện Chương Mỹ', shortName: 'UBND huyện Chương Mỹ', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-chuong-my', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-thanh-oai', name: 'Ủy ban nhân dân huyện Thanh Oai', shortName: 'UBND huyện Thanh Oai', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-thanh-oai', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-thuong-tin', name: 'Ủy ban nhân dân huyện Thường Tín', shortName: 'UBND huyện Thường Tín', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-thuong-tin', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-phu-xuyen', name: 'Ủy ban nhân dân huyện Phú Xuyên', shortName: 'UBND huyện Phú Xuyên', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-phu-xuyen', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-ung-hoa', name: 'Ủy ban nhân dân huyện Ứng Hòa', shortName: 'UBND huyện Ứng Hòa', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-ung-hoa', validTo: '2025-06-30' },
  { id: 'ubnd-huyen-my-duc', name: 'Ủy ban nhân dân huyện Mỹ Đức', shortName: 'UBND huyện Mỹ Đức', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'huyen-my-duc', validTo: '2025-06-30' },
  { id: 'ubnd-thi-xa-son-tay', name: 'Ủy ban nhân dân thị xã Sơn Tây', shortName: 'UBND thị xã Sơn Tây', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee', administrativeUnitId: 'thi-xa-son-tay', validTo: '2025-06-30' },
  // Commune-level committees from 1 July 2025.
  { id: 'ubnd-phuong-hoan-kiem', name: 'Ủy ban nhân dân phường Hoàn Kiếm', shortName: 'UBND phường Hoàn Kiếm', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-hoan-kiem', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-cua-nam', name: 'Ủy ban nhân dân phường Cửa Nam', shortName: 'UBND phường Cửa Nam', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-cua-nam', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-ba-dinh', name: 'Ủy ban nhân dân phường Ba Đình', shortName: 'UBND phường Ba Đình', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-ba-dinh', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-ngoc-ha', name: 'Ủy ban nhân dân phường Ngọc Hà', shortName: 'UBND phường Ngọc Hà', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-ngoc-ha', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-giang-vo', name: 'Ủy ban nhân dân phường Giảng Võ', shortName: 'UBND phường Giảng Võ', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-giang-vo', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-hai-ba-trung', name: 'Ủy ban nhân dân phường Hai Bà Trưng', shortName: 'UBND phường Hai Bà Trưng', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-hai-ba-trung', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-dong-da', name: 'Ủy ban nhân dân phường Đống Đa', shortName: 'UBND phường Đống Đa', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-dong-da', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-cau-giay', name: 'Ủy ban nhân dân phường Cầu Giấy', shortName: 'UBND phường Cầu Giấy', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-cau-giay', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-tay-ho', name: 'Ủy ban nhân dân phường Tây Hồ', shortName: 'UBND phường Tây Hồ', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-tay-ho', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-ha-dong', name: 'Ủy ban nhân dân phường Hà Đông', shortName: 'UBND phường Hà Đông', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-ha-dong', validFrom: '2025-07-01' },
  { id: 'ubnd-phuong-son-tay', name: 'Ủy ban nhân dân phường Sơn Tây', shortName: 'UBND phường Sơn Tây', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'phuong-son-tay', validFrom: '2025-07-01' },
  { id: 'ubnd-xa-soc-son', name: 'Ủy ban nhân dân xã Sóc Sơn', shortName: 'UBND xã Sóc Sơn', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'xa-soc-son', validFrom: '2025-07-01' },
  { id: 'ubnd-xa-dong-anh', name: 'Ủy ban nhân dân xã Đông Anh', shortName: 'UBND xã Đông Anh', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'xa-dong-anh', validFrom: '2025-07-01' },
  { id: 'ubnd-xa-gia-lam', name: 'Ủy ban nhân dân xã Gia Lâm', shortName: 'UBND xã Gia Lâm', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'xa-gia-lam', validFrom: '2025-07-01' },
  { id: 'ubnd-xa-thanh-tri', name: 'Ủy ban nhân dân xã Thanh Trì', shortName: 'UBND xã Thanh Trì', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'xa-thanh-tri', validFrom: '2025-07-01' },
];
