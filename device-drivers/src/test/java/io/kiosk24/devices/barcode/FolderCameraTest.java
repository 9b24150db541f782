package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.DeviceException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCameraTest {

  @TempDir Path folder;

  private static int widthOf(Optional<BufferedImage> frame) {
    return frame.orElseThrow().getWidth();
  }

  @Test
  void givesOneFramePerImageInNameOrder() throws Exception {
    CodeImages.write(CodeImages.blank(30, 10), folder.resolve("b.png"));
    CodeImages.write(CodeImages.blank(10, 10), folder.resolve("a.png"));
    Files.writeString(folder.resolve("notes.txt"), "not a frame");
    FolderCamera camera = new FolderCamera(folder, false, Duration.ZERO);

    assertThat(widthOf(camera.nextFrame(Duration.ZERO))).isEqualTo(10);
    assertThat(widthOf(camera.nextFrame(Duration.ZERO))).isEqualTo(30);
    assertThat(camera.nextFrame(Duration.ZERO)).isEmpty();
  }

  @Test
  void takesAnImageAddedLaterAsTheNextFrame() throws Exception {
    CodeImages.write(CodeImages.blank(10, 10), folder.resolve("0001.png"));
    FolderCamera camera = new FolderCamera(folder, false, Duration.ZERO);
    camera.nextFrame(Duration.ZERO);
    assertThat(camera.nextFrame(Duration.ofMillis(20))).isEmpty();

    CodeImages.write(CodeImages.blank(20, 10), folder.resolve("0002.png"));

    assertThat(widthOf(camera.nextFrame(Duration.ZERO))).isEqualTo(20);
  }

  @Test
  void startsOverWhenLooping() throws Exception {
    CodeImages.write(CodeImages.blank(10, 10), folder.resolve("a.png"));
    CodeImages.write(CodeImages.blank(20, 10), folder.resolve("b.png"));
    FolderCamera camera = new FolderCamera(folder, true, Duration.ZERO);

    assertThat(widthOf(camera.nextFrame(Duration.ZERO))).isEqualTo(10);
    assertThat(widthOf(camera.nextFrame(Duration.ZERO))).isEqualTo(20);
    assertThat(widthOf(camera.nextFrame(Duration.ZERO))).isEqualTo(10);
  }

  @Test
  void skipsAFileThatIsNotAnImage() throws Exception {
    Path broken = Files.writeString(folder.resolve("a.png"), "not really a png");
    Files.setLastModifiedTime(broken, FileTime.from(Instant.now().minusSeconds(60)));
    CodeImages.write(CodeImages.blank(20, 10), folder.resolve("b.png"));
    FolderCamera camera = new FolderCamera(folder, false, Duration.ZERO);

    assertThat(widthOf(camera.nextFrame(Duration.ofSeconds(5)))).isEqualTo(20);
  }

  @Test
  void triesAFreshUnreadableFileAgainAsItMayBeHalfWritten() throws Exception {
    Path file = Files.writeString(folder.resolve("a.png"), "half a png");
    FolderCamera camera = new FolderCamera(folder, false, Duration.ZERO);
    assertThat(camera.nextFrame(Duration.ZERO)).isEmpty();

    ImageIO.write(CodeImages.blank(20, 10), "png", file.toFile());

    assertThat(widthOf(camera.nextFrame(Duration.ofSeconds(5)))).isEqualTo(20);
  }

  @Test
  void keepsItsFrameInterval() throws Exception {
    CodeImages.write(CodeImages.blank(10, 10), folder.resolve("a.png"));
    CodeImages.write(CodeImages.blank(20, 10), folder.resolve("b.png"));
    FolderCamera camera = new FolderCamera(folder, false, Duration.ofSeconds(30));

    assertThat(camera.nextFrame(Duration.ZERO)).isPresent();
    assertThat(camera.nextFrame(Duration.ofMillis(20))).isEmpty();
  }

  @Test
  void aMissingFolderIsADeviceError() {
    FolderCamera camera = new FolderCamera(folder.resolve("missing"), false, Duration.ZERO);

    assertThatThrownBy(() -> camera.nextFrame(Duration.ZERO))
        .isInstanceOf(DeviceException.class)
        .hasMessageStartingWith("Camera folder " + folder.resolve("missing") + " cannot be read");
  }
}
