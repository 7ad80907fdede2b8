/** Invoice PDFs, drawn with pdf-lib (A4, the standard Helvetica fonts: no font files to ship). */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Buyer, InvoiceLine, InvoiceRow } from './billing.js';
import { formatMinor } from './money.js';

/** The standard fonts encode WinAnsi only: map the few other characters our texts use, drop the rest. */
function winAnsi(text: string): string {
  return text
    .replace(/→/g, '->')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/ /g, ' ')
    .replace(/[^\x20-\x7e\u00a0-\u00ff€]/g, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of winAnsi(text).split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && current) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

function money(amount: number, currency: string): string {
  return `${formatMinor(amount)} ${currency}`;
}

export async function invoicePdf(invoice: InvoiceRow): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Invoice ${invoice.number}`);
  doc.setAuthor('Introserv');
  doc.setSubject(`Invoice ${invoice.number}`);
  doc.setCreationDate(new Date(invoice.issued_at));
  doc.setModificationDate(new Date(invoice.issued_at));
  doc.setProducer('Introserv billing');
  doc.setCreator('Introserv billing');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage([595.28, 841.89]);
  const left = 50;
  const right = 545;
  let y = 790;
  const text = (t: string, x: number, size = 10, font = regular): void => {
    page.drawText(winAnsi(t), { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
  };
  const textRight = (t: string, x: number, size = 10, font = regular): void => {
    const s = winAnsi(t);
    page.drawText(s, { x: x - font.widthOfTextAtSize(s, size), y, size, font, color: rgb(0.1, 0.1, 0.1) });
  };

  text('Introserv', left, 20, bold);
  textRight(invoice.kind === 'top_up' ? 'INVOICE - BALANCE TOP-UP' : 'INVOICE', right, 14, bold);
  y -= 18;
  text('Introserv SAS, 10 rue de la Paix, 75002 Paris, France - VAT FR00123456789', left, 8);
  y -= 30;

  const buyer = JSON.parse(invoice.buyer) as Buyer;
  const meta: [string, string][] = [
    ['Number', invoice.number],
    ['Issued', invoice.issued_at.slice(0, 10)],
    ['Status', invoice.status === 'paid' ? `Paid ${invoice.paid_at?.slice(0, 10) ?? ''}` : invoice.status],
  ];
  const top = y;
  text('Billed to', left, 9, bold);
  y -= 14;
  for (const l of [
    buyer.company ?? buyer.name,
    buyer.company ? buyer.name : null,
    buyer.street,
    `${buyer.postalCode} ${buyer.city}`.trim(),
    buyer.country,
    buyer.vatNumber ? `VAT ${buyer.vatNumber}` : null,
  ]) {
    if (!l) continue;
    text(l, left, 10);
    y -= 13;
  }
  const bottom = y;
  y = top;
  for (const [k, v] of meta) {
    text(k, 350, 9, bold);
    textRight(v, right, 10);
    y -= 14;
  }
  y = Math.min(bottom, y) - 24;

  text('Description', left, 9, bold);
  textRight(`Amount (${invoice.currency})`, right, 9, bold);
  y -= 6;
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 0.7, color: rgb(0.6, 0.6, 0.6) });
  y -= 16;
  for (const line of JSON.parse(invoice.lines) as InvoiceLine[]) {
    const wrapped = wrap(line.description, regular, 10, 380);
    wrapped.forEach((w, i) => {
      if (y < 120) {
        page = doc.addPage([595.28, 841.89]);
        y = 790;
      }
      text(w, left, 10);
      if (i === 0) textRight(formatMinor(line.amount), right, 10);
      y -= 13;
    });
    y -= 4;
  }
  page.drawLine({ start: { x: 330, y }, end: { x: right, y }, thickness: 0.7, color: rgb(0.6, 0.6, 0.6) });
  y -= 16;
  const rate = invoice.tax_rate / 100;
  const totals: [string, string, PDFFont][] = [
    ['Subtotal', money(invoice.subtotal, invoice.currency), regular],
    [
      `VAT ${rate % 1 === 0 ? rate.toFixed(0) : rate.toFixed(2)} %`,
      money(invoice.tax, invoice.currency),
      regular,
    ],
    ['Total', money(invoice.total, invoice.currency), bold],
  ];
  for (const [k, v, f] of totals) {
    text(k, 340, 10, f);
    textRight(v, right, 10, f);
    y -= 15;
  }
  y -= 10;
  for (const l of wrap(invoice.tax_note, regular, 8, right - left)) {
    text(l, left, 8);
    y -= 11;
  }
  return doc.save({ useObjectStreams: false });
}
