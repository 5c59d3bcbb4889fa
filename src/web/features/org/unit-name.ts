/** A unit's name as people say it: "Sở GD&ĐT Hà Nội" rather than "Sở Giáo dục và Đào tạo Hà Nội". */
export const spokenUnitName = (name: string): string => name.replace('Giáo dục và Đào tạo', 'GD&ĐT');
