/**
 * The land register (Cơ sở dữ liệu đất đai): the canonical {@link vn.hanoi.gateway.mappings.land.Parcel},
 * its mapper from the WSDL-generated {@code ThongTinThuaDat}, and the translation of the commune codes callers
 * send into the pre-2025 codes the register still speaks.
 */
package vn.hanoi.gateway.mappings.land;
