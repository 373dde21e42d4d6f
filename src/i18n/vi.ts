/**
 * Every piece of text the interface shows, in Vietnamese, under flat dotted keys.
 * Content (plan text, news, names, contacts) lives in content/; this is only the words around it.
 * `{name}` marks a value filled in by `t()`.
 */
export const vi = {
  'site.tagline': 'Phong trào thi đua cao điểm chào mừng Đại hội Đảng bộ xã',
  'site.skipLink': 'Bỏ qua, đến nội dung chính',

  'nav.label': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.plans': 'Kế hoạch',
  'nav.news': 'Tin tức',
  'nav.stories': 'Gương điển hình',
  'nav.awards': 'Khen thưởng',
  'nav.units': 'Đơn vị',
  'nav.documents': 'Văn bản',
  'nav.search': 'Tìm kiếm',
  'nav.about': 'Giới thiệu',

  'footer.address': 'Địa chỉ',
  'footer.phone': 'Điện thoại',
  'footer.email': 'Thư điện tử',
  'footer.contactOfficial': 'Đầu mối liên hệ',
  'footer.sampleContacts': 'Số điện thoại và thư điện tử trên đây là thông tin mẫu, chờ Ủy ban nhân dân xã cập nhật.',
  'footer.english': 'English',

  'date.long': '{day} tháng {month} năm {year}',

  'status.upcoming': 'Sắp diễn ra',
  'status.ongoing': 'Đang diễn ra',
  'status.ended': 'Đã kết thúc',
  'status.daysLeft': 'Còn {days} ngày',
  'status.startsIn': 'Bắt đầu sau {days} ngày',

  'plan.listTitle': 'Kế hoạch thi đua',
  'plan.listIntro': 'Các kế hoạch tổ chức phong trào thi đua do Ủy ban nhân dân xã ban hành.',
  'plan.number': 'Số',
  'plan.issuedAt': 'Ngày ban hành',
  'plan.issuer': 'Cơ quan ban hành',
  'plan.signer': 'Người ký',
  'plan.period': 'Thời gian thực hiện',
  'plan.periodFromIssue': 'Từ ngày ban hành đến {end}',
  'plan.periodRange': 'Từ {start} đến {end}',
  'plan.status': 'Tình trạng',
  'plan.legalBases': 'Căn cứ ban hành',
  'plan.toc': 'Mục lục',
  'plan.milestones': 'Các mốc thời gian',
  'plan.targets': 'Chỉ tiêu',
  'plan.recipients': 'Nơi nhận',
  'plan.read': 'Xem toàn văn kế hoạch',
  'plan.unrecorded': 'Chưa ghi trong bản lưu',

  'documentKind.luat': 'Luật',
  'documentKind.nghi-dinh': 'Nghị định',
  'documentKind.chi-thi': 'Chỉ thị',
  'documentKind.nghi-quyet': 'Nghị quyết',
  'documentKind.quyet-dinh': 'Quyết định',
  'documentKind.ke-hoach': 'Kế hoạch',
  'documentKind.thong-tu': 'Thông tư',
  'documentKind.cong-van': 'Công văn',

  'document.listTitle': 'Văn bản',
  'document.listIntro': 'Văn bản pháp lý làm căn cứ cho phong trào thi đua của xã.',
  'document.number': 'Số, ký hiệu',
  'document.kind': 'Loại văn bản',
  'document.issuer': 'Cơ quan ban hành',
  'document.issuedAt': 'Ngày ban hành',
  'document.effectiveAt': 'Ngày có hiệu lực',
  'document.summary': 'Trích yếu',
  'document.download': 'Tải văn bản',
  'document.source': 'Xem văn bản gốc',
  'document.citedBy': 'Được dẫn làm căn cứ trong',

  'action.print': 'In trang này',
  'action.backToTop': 'Về đầu trang',

  'pending.title': 'Đang cập nhật',
  'pending.body': 'Chuyên mục “{section}” đang được xây dựng và sẽ sớm có nội dung. Mời bạn xem kế hoạch thi đua của xã.',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Trang bạn tìm không có hoặc đã được chuyển đi. Mời bạn về trang chủ hoặc xem kế hoạch thi đua.',
} as const;

export type UiKey = keyof typeof vi;
