package org.phasezero.security.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.phasezero.security.AccessToken;
import org.phasezero.security.AccessTokens;
import org.phasezero.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: the caller's own personal access tokens, for a signed-in browser session
 * only; a request with a bearer token is refused (403) by {@link AccessTokens}.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensApi {

  private final AccessTokens tokens;

  TokensApi(AccessTokens tokens) {
    this.tokens = tokens;
  }

  record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer validForDays) {}

  @GetMapping
  List<AccessToken> list() {
    return tokens.listFor(CurrentUser.require());
  }

  /** The response holds the secret; it is not stored and cannot be shown again. */
  @PostMapping
  ResponseEntity<AccessToken.Created> create(@Valid @RequestBody TokenRequest request) {
    AccessToken.Created created = tokens.create(CurrentUser.require(), request.name(),
        Duration.ofDays(request.validForDays() == null ? 90 : request.validForDays()));
    return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.token().id())).body(created);
  }

  @PostMapping("/{id}/revoke")
  AccessToken revoke(@PathVariable long id) {
    return tokens.revoke(CurrentUser.require(), id);
  }
}
