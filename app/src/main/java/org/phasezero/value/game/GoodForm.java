package org.phasezero.value.game;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An everyday good and its price, as entered. */
public class GoodForm {

  @NotBlank(message = "{game.good.required}")
  @Size(max = 120, message = "{field.tooLong}")
  private String name;

  @NotNull(message = "{game.price.required}")
  @DecimalMin(value = "0.01", message = "{game.price.range}")
  @Digits(integer = 10, fraction = 2, message = "{game.price.range}")
  private BigDecimal price;

  public GoodForm() {}

  public GoodForm(String name, BigDecimal price) {
    this.name = name;
    this.price = price;
  }

  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public BigDecimal getPrice() { return price; }
  public void setPrice(BigDecimal v) { price = v; }
}
