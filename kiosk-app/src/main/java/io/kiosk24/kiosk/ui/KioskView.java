package io.kiosk24.kiosk.ui;

import io.kiosk24.kiosk.core.Cancellable;
import io.kiosk24.kiosk.core.CitizenText;
import io.kiosk24.kiosk.core.KioskCore;
import io.kiosk24.kiosk.core.KioskState;
import io.kiosk24.kiosk.core.Screen;
import io.kiosk24.kiosk.core.ServiceTile;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * The touchscreen's scene graph: header, status line, and the home, waiting and greeting screens
 * (the greeting with its 打印回执 button when the terminal has a receipt printer), laid out at
 * 1920×1080 and scaled to whatever the window is. Renders each {@link KioskState} the core
 * publishes; taps go straight to the core. Create, use and dispose on the FX thread.
 */
final class KioskView {
  static final double DESIGN_WIDTH = 1920;
  static final double DESIGN_HEIGHT = 1080;
  static final String STYLESHEET =
      Objects.requireNonNull(KioskView.class.getResource("kiosk.css"), "kiosk.css")
          .toExternalForm();

  private static final DateTimeFormatter CLOCK_FORMAT =
      DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE HH:mm", Locale.SIMPLIFIED_CHINESE);

  private final KioskCore core;
  private final Clock clock;
  private final StackPane root = new StackPane();
  private final HBox statusBar = new HBox();
  private final Label statusMessage = new Label();
  private final Label countdown = new Label();
  private final Label clockLabel = new Label();
  private final Node homeScreen;
  private final Node waitingScreen;
  private final Node greetingScreen;
  private final Label greetingText = new Label();
  private final Button receiptButton = new Button(CitizenText.PRINT_RECEIPT);
  private final Label receiptReason = new Label();
  private final Timeline clockTicker;
  private final Cancellable subscription;

  KioskView(KioskCore core, Clock clock) {
    this.core = Objects.requireNonNull(core, "core");
    this.clock = Objects.requireNonNull(clock, "clock");

    homeScreen = homeScreen();
    waitingScreen = waitingScreen();
    greetingScreen = greetingScreen();

    BorderPane content = new BorderPane();
    content.setId("kiosk-content");
    content.setMinSize(DESIGN_WIDTH, DESIGN_HEIGHT);
    content.setPrefSize(DESIGN_WIDTH, DESIGN_HEIGHT);
    content.setMaxSize(DESIGN_WIDTH, DESIGN_HEIGHT);
    content.setTop(new VBox(header(), statusBar()));
    content.setCenter(new StackPane(homeScreen, waitingScreen, greetingScreen));

    Scale scale = new Scale(1, 1, 0, 0);
    DoubleBinding fit =
        Bindings.createDoubleBinding(
            () -> Math.min(root.getWidth() / DESIGN_WIDTH, root.getHeight() / DESIGN_HEIGHT),
            root.widthProperty(),
            root.heightProperty());
    scale.xProperty().bind(fit);
    scale.yProperty().bind(fit);
    content.getTransforms().add(scale);
    // A screen that outgrows the design must not push the header off the top: cut it instead.
    content.setClip(new Rectangle(DESIGN_WIDTH, DESIGN_HEIGHT));
    root.getChildren().add(new Group(content));
    root.setMinSize(0, 0);
    root.getStylesheets().add(STYLESHEET);

    // Any touch on any screen means the citizen is still there.
    root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> core.touch());
    root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> core.touch());

    clockTicker = new Timeline(new KeyFrame(Duration.seconds(1), e -> updateClock()));
    clockTicker.setCycleCount(Animation.INDEFINITE);
    updateClock();
    clockTicker.play();

    // The core calls back on its own threads; the controls change on the FX thread only.
    subscription = core.addStateListener(state -> Platform.runLater(() -> render(state)));
  }

  /** The node to put in a scene; it fills the scene and scales the design to fit. */
  Parent root() {
    return root;
  }

  /** Stops listening to the core and stops the clock. */
  void dispose() {
    subscription.cancel();
    clockTicker.stop();
  }

  private Node header() {
    Label name = new Label(core.settings().terminalName());
    name.setId("terminal-name");
    clockLabel.setId("clock");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(name, spacer, clockLabel);
    header.setId("header");
    return header;
  }

  private Node statusBar() {
    statusBar.setId("status-bar");
    statusMessage.setId("status-message");
    statusMessage.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(statusMessage, Priority.ALWAYS);
    countdown.setId("countdown");
    countdown.setMinWidth(Region.USE_PREF_SIZE);
    countdown.managedProperty().bind(countdown.visibleProperty());
    countdown.setVisible(false);
    statusBar.getChildren().addAll(statusMessage, countdown);
    return statusBar;
  }

  private Node homeScreen() {
    GridPane grid = new GridPane();
    grid.setHgap(48);
    grid.setVgap(48);
    grid.setAlignment(Pos.CENTER);
    int i = 0;
    for (ServiceTile tile : core.tiles()) {
      grid.add(tileButton(tile), i % 2, i / 2);
      i++;
    }
    VBox screen = new VBox(grid);
    screen.setId("home-screen");
    return asScreen(screen);
  }

  private Button tileButton(ServiceTile tile) {
    Label title = new Label(tile.title());
    title.getStyleClass().add("tile-title");
    Label description = new Label(tile.description());
    description.getStyleClass().add("tile-description");
    VBox text = new VBox(16, title, description);
    if (!tile.enabled()) {
      Label badge = new Label(CitizenText.COMING_SOON);
      badge.getStyleClass().add("badge");
      text.getChildren().add(badge);
    }
    text.setAlignment(Pos.CENTER_LEFT);

    Button button = new Button();
    button.setId("tile-" + tile.id());
    button.setGraphic(text);
    button.getStyleClass().setAll("tile", tile.enabled() ? "tile-enabled" : "tile-coming-soon");
    button.setAccessibleText(tile.title());
    // A coming-soon tile stays tappable: it answers with a notice, rather than doing nothing.
    button.setOnAction(e -> core.open(tile.id()));
    return button;
  }

  private Node waitingScreen() {
    Rectangle pad = new Rectangle(440, 100);
    pad.setArcWidth(40);
    pad.setArcHeight(40);
    pad.getStyleClass().add("reader-pad");
    Rectangle card = new Rectangle(320, 200);
    card.setArcWidth(30);
    card.setArcHeight(30);
    card.getStyleClass().add("id-card");
    Text cardLabel = new Text("身份证");
    cardLabel.getStyleClass().add("id-card-label");
    StackPane cardPicture = new StackPane(card, cardLabel);
    cardPicture.setTranslateY(30);
    VBox picture = new VBox(-30, cardPicture, pad);
    picture.setAlignment(Pos.CENTER);

    Label prompt = new Label(CitizenText.PLACE_CARD);
    prompt.setId("waiting-text");
    prompt.getStyleClass().add("big-text");
    Label hint = new Label("请将身份证正面朝上平放，读卡完成前不要拿开。");
    hint.getStyleClass().add("hint-text");
    Button cancel = new Button("取消");
    cancel.setId("cancel-button");
    cancel.getStyleClass().add("action");
    cancel.setOnAction(e -> core.cancel());

    VBox screen = new VBox(picture, prompt, hint, cancel);
    screen.setId("waiting-screen");
    return asScreen(screen);
  }

  private Node greetingScreen() {
    greetingText.setId("greeting-text");
    Label hint = new Label("办完后请点击“完成”，或等待自动返回首页。");
    hint.getStyleClass().add("hint-text");
    Button finish = new Button("完成");
    finish.setId("finish-button");
    finish.getStyleClass().add("action");
    finish.setDefaultButton(true);
    finish.setOnAction(e -> core.finish());

    receiptButton.setId("receipt-button");
    receiptButton.getStyleClass().add("action");
    receiptButton.managedProperty().bind(receiptButton.visibleProperty());
    receiptButton.setVisible(false);
    // A double tap reaches the core twice: the core prints once and ignores the second.
    receiptButton.setOnAction(e -> core.printReceipt());
    receiptReason.setId("receipt-reason");
    receiptReason.getStyleClass().add("hint-text");
    receiptReason.managedProperty().bind(receiptReason.visibleProperty());
    receiptReason.setVisible(false);
    HBox actions = new HBox(48, receiptButton, finish);
    actions.setAlignment(Pos.CENTER);

    VBox screen = new VBox(greetingText, hint, actions, receiptReason);
    screen.setId("greeting-screen");
    return asScreen(screen);
  }

  private static Node asScreen(VBox screen) {
    screen.getStyleClass().add("screen");
    screen.managedProperty().bind(screen.visibleProperty());
    screen.setVisible(false);
    return screen;
  }

  private void render(KioskState state) {
    homeScreen.setVisible(state.screen() == Screen.HOME);
    waitingScreen.setVisible(state.screen() == Screen.WAITING_FOR_CARD);
    greetingScreen.setVisible(state.screen() == Screen.GREETING);
    // Cleared as soon as the greeting is gone, so no node keeps even the masked name.
    greetingText.setText(state.greeting().orElse(""));
    receiptButton.setVisible(state.receiptButton().isPresent());
    receiptButton.setDisable(state.receiptButton().map(b -> !b.enabled()).orElse(true));
    String reason = state.receiptButton().flatMap(b -> b.reason()).orElse("");
    receiptReason.setText(reason);
    receiptReason.setVisible(!reason.isEmpty());

    statusMessage.setText(state.notice().orElse(state.instruction()));
    statusBar.getStyleClass().remove("notice");
    if (state.notice().isPresent()) {
      statusBar.getStyleClass().add("notice");
    }

    if (state.countdownSeconds().isPresent()) {
      countdown.setText(CitizenText.countdown(state.countdownSeconds().getAsInt()));
      countdown.setVisible(true);
    } else {
      countdown.setText("");
      countdown.setVisible(false);
    }
  }

  private void updateClock() {
    clockLabel.setText(LocalDateTime.now(clock).format(CLOCK_FORMAT));
  }
}
