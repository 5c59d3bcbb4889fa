/** Names as printed in the header block and signature: upper case with Vietnamese rules. */
export const printedUpper = (text: string): string => text.toLocaleUpperCase('vi');

/**
 * Under its authority line a Sở or Phòng is printed without the place both share, as on paper:
 * "UBND TỈNH QUẢNG NGÃI" above "SỞ GIÁO DỤC VÀ ĐÀO TẠO", not "… ĐÀO TẠO QUẢNG NGÃI". Schools keep
 * their full name, which is theirs and not their area's.
 */
export function issuerUnderAuthority(issuer: string, authority: string | null): string {
  if (!authority || !/^(SỞ|PHÒNG) /.test(issuer)) return issuer;
  const issuerWords = issuer.split(/\s+/);
  const authorityWords = authority.split(/\s+/);
  let shared = 0;
  while (
    shared < issuerWords.length - 1 &&
    shared < authorityWords.length &&
    issuerWords[issuerWords.length - 1 - shared] === authorityWords[authorityWords.length - 1 - shared]
  ) {
    shared += 1;
  }
  return issuerWords.slice(0, issuerWords.length - shared).join(' ');
}
