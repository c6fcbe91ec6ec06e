package org.barometer.app.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class PublicResponsesTest {

  private final PublicResponses.Body body =
      PublicResponses.Body.of("hello".getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN);

  @Test
  void theETagIsTheContentsSha256() {
    assertThat(body.etag())
        .isEqualTo("\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"");
  }

  @Test
  void answersNotModifiedOnlyWhenTheRequestNamesTheETag() {
    assertThat(PublicResponses.send(body, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(PublicResponses.send(body, "\"other\"").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<byte[]> same = PublicResponses.send(body, "\"x\", " + body.etag());
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(same.getBody()).isNull();
    assertThat(PublicResponses.matches("W/" + body.etag(), body.etag())).isTrue();
    assertThat(PublicResponses.matches("*", body.etag())).isTrue();
  }

  @Test
  void aFileIsAnAttachmentKeptForFiveMinutes() {
    ResponseEntity<byte[]> file = PublicResponses.send(body, null, "report.pdf");
    assertThat(file.getHeaders().getFirst("Content-Disposition"))
        .isEqualTo("attachment; filename=\"report.pdf\"");
    assertThat(file.getHeaders().getCacheControl()).isEqualTo("max-age=300, public");
    assertThat(file.getHeaders().getETag()).isEqualTo(body.etag());
  }
}
