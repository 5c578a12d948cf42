namespace NonClinicalGuide.Web.Infrastructure;

// The headers every response carries, error pages and static files included. The site runs no inline
// script or style, so the policy can be strict: everything from our own origin, nothing else.
public static class SecurityHeaders
{
    private const int OneYearInSeconds = 365 * 24 * 60 * 60;

    public static IApplicationBuilder UseSiteSecurityHeaders(this IApplicationBuilder app) =>
        app.UseSecurityHeaders(policies => policies
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().None();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                // Bootstrap draws the select arrow and checkbox ticks as data: SVG images in its CSS.
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddManifestSrc().Self();
                csp.AddBaseUri().None();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
                csp.AddObjectSrc().None();
            })
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            // Only features current browsers recognise: unknown ones make Chromium log a console warning.
            .AddPermissionsPolicy(permissions =>
            {
                permissions.AddAccelerometer().None();
                permissions.AddCamera().None();
                permissions.AddGeolocation().None();
                permissions.AddGyroscope().None();
                permissions.AddMagnetometer().None();
                permissions.AddMicrophone().None();
                permissions.AddPayment().None();
                permissions.AddUsb().None();
            })
            .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
            .AddCrossOriginResourcePolicy(policy => policy.SameOrigin())
            // Sent only on HTTPS requests; over plain HTTP it would be ignored by browsers anyway.
            .AddStrictTransportSecurityMaxAge(OneYearInSeconds)
            .RemoveServerHeader());
}
