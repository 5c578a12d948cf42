using QRCoder;

namespace NonClinicalGuide.Web.Models;

public static class QrCode
{
    // An SVG QR code for a printed sheet, so a reader can open the live page from paper.
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
