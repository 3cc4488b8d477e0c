using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Users;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Hosting;

internal static class ServiceSetup
{
    /// <summary>Largest request body accepted; a request's text fields add up to well under this.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddRequestTrackerServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAppDatabase();
        // First hosted service: hosts start them in order, so the database is migrated before any worker runs.
        services.AddHostedService<DatabaseStartup>();
        services.AddRequestTrackerHandlers();

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B). No failed-attempt lockout: anyone could use
                // it to keep a known user out; SignInThrottle slows guessing instead, and admins disable.
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();
        services.AddSingleton<AppUrl>();
        // The only Identity tokens issued are password-reset links.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = PasswordReset.Lifespan);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.Cookie.Name = "rt.auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            // A signed-in user without the role gets a 403 (the error page says why), not the sign-in form.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Every cookie (sign-in, antiforgery) is Secure when the request came over HTTPS (directly or through a
        // trusted proxy) and HttpOnly; over plain HTTP (a laptop trial) it still works.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
        });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddOptions<ApiReferenceOptions>().BindConfiguration(ApiReferenceOptions.Section);
        services.AddTrustedProxies(builder.Configuration);
        services.AddMemoryCache();
        services.AddScoped<IClaimsTransformation, AccountRecheck>();

        // The caller as an endpoint's parameter (CurrentUser user), read from the request's authenticated principal.
        services.AddHttpContextAccessor();
        services.AddScoped(sp => RequestTracker.Access.CurrentUser.From(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? throw new InvalidOperationException("The caller is read from a request; there is none.")));
        services.AddOptions<AccountRecheckOptions>().BindConfiguration(AccountRecheckOptions.Section);
        services.AddTransient<IPolicyEvaluator, RecheckedPolicyEvaluator>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SignInAttempts>();
        services.AddScoped<Pages.Requests.RequestPageReader>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, options =>
            options.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.User, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(ApiPolicies.Manager, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Manager, Roles.Admin))
            .AddPolicy(ApiPolicies.Admin, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Admin))
            .AddPolicy(ApiPolicies.ManagerPages, p => p.RequireRole(Roles.Manager, Roles.Admin))
            .AddPolicy(ApiPolicies.AdminPages, p => p.RequireRole(Roles.Admin));
        builder.AddKeyProtection();
        builder.AddTelemetry();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // Routing refuses a body of a type the endpoint does not read before the endpoint runs; say what came.
            if (c.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType && c.ProblemDetails.Detail is null)
            {
                var type = c.HttpContext.Request.ContentType;
                c.ProblemDetails.Detail = $"This endpoint does not read a body of type {(string.IsNullOrEmpty(type) ? "(none)" : $"'{type}'")}; the types each endpoint reads are in /openapi/v1.json.";
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<ConstraintExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new EnumNames());
            o.SerializerOptions.MaxDepth = 16;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityTransformer>().AddSchemaTransformer<EnumNameSchemas>());
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<Runtime.BackgroundUpgrade>("upgrade", tags: ["ready"]);
        // The pages in English and Russian (resource files under Resources/, keyed by the English text); see UiCultures.
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, PseudoLocalizerFactory>();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Account/Forgot");
            options.Conventions.AllowAnonymousToPage("/Account/Reset");
            options.Conventions.AllowAnonymousToFolder("/Public"); // published requests: read without sign-in
            options.Conventions.AuthorizeFolder("/Manage", ApiPolicies.ManagerPages);
            options.Conventions.AuthorizePage("/Manage/Users", ApiPolicies.AdminPages);
            options.Conventions.AllowAnonymousToPage("/Language");
        }).AddViewLocalization().AddMvcOptions(o =>
        {
            Pages.FormErrors.Localize(o.ModelBindingMessageProvider);
            // The handlers' own rules say what is required, with their own words next to the field; MVC's implicit
            // [Required] on every non-nullable string put "The Role field is required." under a form nobody sent.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        });
        return builder;
    }
}
